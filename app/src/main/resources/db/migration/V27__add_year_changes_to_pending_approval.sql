-- The approvals inbox keeps the changes of a fiscal year itself too: its budget (kind YEAR_BUDGET) and its approval
-- rules (kind APPROVAL_RULES). Such a change has no project: it names its fiscal year instead, and exactly one of
-- the two is set. Year changes follow the plain joint rule, so their approval_rules and concerned_amount stay NULL.
ALTER TABLE pending_approval
    ALTER COLUMN project_id DROP NOT NULL,
    ALTER COLUMN project_title DROP NOT NULL,
    ADD COLUMN fiscal_year INT,
    ADD CONSTRAINT pending_approval_project_or_year CHECK ((project_id IS NULL) <> (fiscal_year IS NULL));

-- Whose approvals count, by name, so the inbox and the portfolio say who approved ("approved by Fay Lund").
ALTER TABLE pending_approval_vote
    ADD COLUMN authority_name VARCHAR(200);

-- Read models only: a rebuild fills the year's open changes and the approvers' names from the events.
