-- Read model: every event of a project as a sentence a person can read, oldest first.
CREATE TABLE timeline_entry (
    project_id   UUID         NOT NULL,
    sequence     BIGINT       NOT NULL, -- the event's sequence number within the project
    type         VARCHAR(64)  NOT NULL,
    at           TIMESTAMPTZ  NOT NULL,
    actor_id     VARCHAR(64)  NOT NULL,
    actor_name   VARCHAR(200) NOT NULL,
    side         VARCHAR(16),
    summary      TEXT         NOT NULL,
    change_id    UUID,
    PRIMARY KEY (project_id, sequence)
);

-- Read model: open changes and whose approval they still need (with the project titles it shows).
CREATE TABLE pending_project (
    project_id UUID         NOT NULL PRIMARY KEY,
    title      VARCHAR(200) NOT NULL
);

CREATE TABLE pending_approval (
    change_id        UUID          NOT NULL PRIMARY KEY,
    project_id       UUID          NOT NULL,
    project_title    VARCHAR(200)  NOT NULL,
    kind             VARCHAR(16)   NOT NULL,
    version          INT           NOT NULL,
    budget_amount    NUMERIC(15, 2),
    budget_currency  CHAR(3),
    rationale        TEXT          NOT NULL,
    requested_by_id  VARCHAR(64)   NOT NULL,
    requested_by_name VARCHAR(200) NOT NULL,
    requested_by_side VARCHAR(16),
    finance_approved BOOLEAN       NOT NULL DEFAULT FALSE,
    it_approved      BOOLEAN       NOT NULL DEFAULT FALSE,
    approvers        TEXT          NOT NULL DEFAULT '', -- user ids that approved the current version, comma-separated
    requested_at     TIMESTAMPTZ   NOT NULL
);

-- Read model: each fiscal year's budget, allocations and the projects ranked by ROI.
CREATE TABLE portfolio_year (
    fiscal_year      INT           NOT NULL PRIMARY KEY,
    budget_amount    NUMERIC(15, 2),
    currency         CHAR(3),
    discount_rate_percent NUMERIC(6, 2),
    pending_budget_change UUID,
    pending_budget_amount NUMERIC(15, 2)
);

CREATE TABLE portfolio_project (
    project_id       UUID          NOT NULL PRIMARY KEY,
    fiscal_year      INT           NOT NULL,
    title            VARCHAR(200)  NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    currency         CHAR(3)       NOT NULL,
    requested_amount NUMERIC(15, 2) NOT NULL,
    allocated_amount NUMERIC(15, 2) NOT NULL DEFAULT 0,
    spend_to_date    NUMERIC(15, 2) NOT NULL DEFAULT 0,
    npv              NUMERIC(15, 2),
    roi_percent      NUMERIC(12, 2),
    irr_percent      NUMERIC(12, 4)
);
CREATE INDEX portfolio_project_year ON portfolio_project (fiscal_year);
