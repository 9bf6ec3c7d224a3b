-- A project's review policy and a reassessment's conclusion became changes that Finance and IT approve jointly
-- (ChangeKind REVIEW_POLICY and CONCLUSION). Their terms are kept as the ledger's JSON of ReviewPolicy and
-- ReassessmentConclusion, read back whole by the project's detail; the inbox keeps them in words.
ALTER TABLE project_change
    ADD COLUMN review_policy TEXT,
    ADD COLUMN conclusion    TEXT;

ALTER TABLE pending_approval
    ADD COLUMN proposal TEXT;
