-- What is approved is what was shown: a budget change the year's rules name takes effect only once its project's
-- business case is complete, and the inbox says what it still waits for ("waiting for the ROI case").
-- pending_project keeps which pieces of each project's business case exist; pending_approval keeps the rule recorded
-- with each change (JSON of the domain's BusinessCaseRule; NULL: the change needs none, as every change requested
-- before the rule existed).
ALTER TABLE pending_project
    ADD COLUMN finance_estimate    BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN it_estimate         BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN roi_case            BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN assessment_complete BOOLEAN NOT NULL DEFAULT FALSE;

-- The pieces that exist already, from the project detail read model, so that no change needing a business case
-- waits for a piece it has (a rebuild derives the same from the events).
UPDATE pending_project p SET
    finance_estimate = EXISTS (SELECT 1 FROM project_estimate e WHERE e.project_id = p.project_id AND e.side = 'FINANCE'),
    it_estimate = EXISTS (SELECT 1 FROM project_estimate e WHERE e.project_id = p.project_id AND e.side = 'IT'),
    roi_case = EXISTS (SELECT 1 FROM project_roi_case r WHERE r.project_id = p.project_id),
    assessment_complete = (SELECT count(DISTINCT a.side) FROM project_assessment_answer a
                           WHERE a.project_id = p.project_id AND a.round = 0) = 2;

ALTER TABLE pending_approval ADD COLUMN business_case_rule TEXT;
