-- Read model: the projects list. Rebuilt from events by resetting the project-summary processor.
CREATE TABLE project_summary (
    project_id        UUID          NOT NULL PRIMARY KEY,
    title             VARCHAR(200)  NOT NULL,
    description       TEXT          NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    requested_amount  NUMERIC(15, 2) NOT NULL,
    requested_currency CHAR(3)      NOT NULL,
    approved_amount   NUMERIC(15, 2),
    approved_currency CHAR(3),
    proposed_by_id    VARCHAR(64)   NOT NULL,
    proposed_by_name  VARCHAR(200)  NOT NULL,
    proposed_by_side  VARCHAR(16),
    proposed_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX project_summary_proposed_at ON project_summary (proposed_at DESC);
