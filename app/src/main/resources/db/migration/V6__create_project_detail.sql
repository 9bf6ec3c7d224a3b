-- Read model: one project in detail. Changes with every version's approvals (voided ones kept and marked),
-- estimates, the ROI case, the assessment rounds and actuals, for the project page and GET /api/projects/{id}.
CREATE TABLE project_detail (
    project_id          UUID          NOT NULL PRIMARY KEY,
    title               VARCHAR(200)  NOT NULL,
    description         TEXT          NOT NULL,
    sponsor             VARCHAR(200),
    processes_improved  TEXT          NOT NULL, -- JSON array of strings
    company_objectives  TEXT          NOT NULL,
    it_objectives       TEXT          NOT NULL,
    fiscal_year         INT           NOT NULL,
    currency            CHAR(3)       NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    requested_amount    NUMERIC(15, 2) NOT NULL,
    approved_amount     NUMERIC(15, 2),
    spend_to_date       NUMERIC(15, 2) NOT NULL DEFAULT 0,
    benefits_to_date    NUMERIC(15, 2) NOT NULL DEFAULT 0,
    review_interval_months INT        NOT NULL DEFAULT 6,
    spend_overrun_percent  NUMERIC(6, 2) NOT NULL DEFAULT 10,
    benefit_shortfall_percent NUMERIC(6, 2) NOT NULL DEFAULT 25,
    open_reassessment_id UUID,
    open_reassessment_reason TEXT,
    proposed_by_id      VARCHAR(64)   NOT NULL,
    proposed_by_name    VARCHAR(200)  NOT NULL,
    proposed_by_side    VARCHAR(16),
    proposed_at         TIMESTAMPTZ   NOT NULL
);

CREATE TABLE project_change (
    change_id        UUID          NOT NULL PRIMARY KEY,
    project_id       UUID          NOT NULL REFERENCES project_detail (project_id),
    kind             VARCHAR(16)   NOT NULL,
    version          INT           NOT NULL,
    budget_amount    NUMERIC(15, 2),
    budget_currency  CHAR(3),
    scope            TEXT,
    target_date      DATE,
    rationale        TEXT          NOT NULL,
    state            VARCHAR(16)   NOT NULL CHECK (state IN ('OPEN', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    requested_by_id  VARCHAR(64)   NOT NULL,
    requested_by_name VARCHAR(200) NOT NULL,
    requested_by_side VARCHAR(16),
    requested_at     TIMESTAMPTZ   NOT NULL,
    decided_at       TIMESTAMPTZ,
    decision_reason  TEXT
);
CREATE INDEX project_change_project ON project_change (project_id);

CREATE TABLE project_change_approval (
    change_id     UUID         NOT NULL REFERENCES project_change (change_id),
    version       INT          NOT NULL,
    user_id       VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    side          VARCHAR(16)  NOT NULL,
    comment       TEXT         NOT NULL,
    approved_at   TIMESTAMPTZ  NOT NULL,
    voided        BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (change_id, version, user_id)
);

CREATE TABLE project_estimate (
    project_id      UUID          NOT NULL REFERENCES project_detail (project_id),
    version         INT           NOT NULL,
    side            VARCHAR(16)   NOT NULL,
    one_time_cost   NUMERIC(15, 2) NOT NULL,
    recurring_yearly_cost NUMERIC(15, 2) NOT NULL,
    horizon_years   INT           NOT NULL,
    low             NUMERIC(15, 2) NOT NULL,
    high            NUMERIC(15, 2) NOT NULL,
    assumptions     TEXT          NOT NULL,
    submitted_by_id VARCHAR(64)   NOT NULL,
    submitted_by_name VARCHAR(200) NOT NULL,
    submitted_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (project_id, version)
);

CREATE TABLE project_roi_case (
    project_id      UUID          NOT NULL REFERENCES project_detail (project_id),
    version         INT           NOT NULL,
    benefits        TEXT          NOT NULL, -- JSON array of expected benefits, as recorded
    discount_rate_percent NUMERIC(6, 2) NOT NULL,
    estimate_version INT          NOT NULL,
    npv             NUMERIC(15, 2) NOT NULL,
    irr_percent     NUMERIC(12, 4),
    payback_years   NUMERIC(8, 2),
    roi_percent     NUMERIC(12, 2),
    recorded_by_id  VARCHAR(64)   NOT NULL,
    recorded_by_name VARCHAR(200) NOT NULL,
    recorded_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (project_id, version)
);

CREATE TABLE project_assessment_answer (
    project_id   UUID         NOT NULL REFERENCES project_detail (project_id),
    round        INT          NOT NULL,
    side         VARCHAR(16)  NOT NULL,
    question     VARCHAR(32)  NOT NULL,
    rating       INT          NOT NULL,
    rationale    TEXT         NOT NULL,
    answered_by_name VARCHAR(200) NOT NULL,
    answered_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (project_id, round, side, question)
);

CREATE TABLE project_actuals (
    project_id     UUID          NOT NULL REFERENCES project_detail (project_id),
    period         CHAR(7)       NOT NULL, -- YYYY-MM
    business_date  DATE          NOT NULL,
    spend          NUMERIC(15, 2) NOT NULL,
    benefits       NUMERIC(15, 2) NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (project_id, period)
);
