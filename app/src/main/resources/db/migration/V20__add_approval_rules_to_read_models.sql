-- Leads and thresholds. Read models only: a rebuild fills the new columns and tables from the events.
-- approval_rules: the rules a change was requested under, as JSON of the domain's ApprovalRules (NULL: the default,
-- one approval of each side). concerned_amount: the amount its tier is chosen by, its budget or, for a change that
-- asks for none, the project's approved budget when it was requested (the project's kept in pending_project).
ALTER TABLE pending_project ADD COLUMN approved_amount NUMERIC(1000, 2);
ALTER TABLE pending_approval
    ADD COLUMN approval_rules TEXT,
    ADD COLUMN concerned_amount NUMERIC(1000, 2);

-- The approvals of an open change, one per version and authority (the person whose authority the approval carries):
-- each person counts once, and a lead's approval counts as the lead's.
CREATE TABLE pending_approval_vote (
    change_id    UUID        NOT NULL,
    version      INT         NOT NULL,
    authority_id VARCHAR(64) NOT NULL,
    side         VARCHAR(16) NOT NULL,
    lead         BOOLEAN     NOT NULL,
    PRIMARY KEY (change_id, version, authority_id)
);

ALTER TABLE project_change
    ADD COLUMN approval_rules TEXT,
    ADD COLUMN concerned_amount NUMERIC(1000, 2);
ALTER TABLE project_change_approval ADD COLUMN lead BOOLEAN NOT NULL DEFAULT FALSE;

-- Each fiscal year's approval rules in force and the request to change them awaiting approval, if any.
CREATE TABLE portfolio_approval_rules (
    fiscal_year             INT          NOT NULL PRIMARY KEY,
    rules                   TEXT,
    pending_change_id       UUID,
    pending_rules           TEXT,
    pending_requested_by_id VARCHAR(64)
);
