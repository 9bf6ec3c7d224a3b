-- What-if scenarios (read model of the "scenarios" projection). A scenario is part of the shared record but no
-- decision: a name unique within its fiscal year, the year's projects it chooses with the amount each would get, and
-- who saved it first and last. A discarded scenario's rows are removed; its events stay.
CREATE TABLE scenario (
    scenario_id    UUID         NOT NULL PRIMARY KEY,
    fiscal_year    INT          NOT NULL,
    name           VARCHAR(200) NOT NULL,
    version        INT          NOT NULL,
    saved_by_id    VARCHAR(64)  NOT NULL,
    saved_by_name  TEXT         NOT NULL,
    saved_at       TIMESTAMPTZ  NOT NULL,
    revised_by_id  VARCHAR(64),
    revised_by_name TEXT,
    revised_at     TIMESTAMPTZ
);
CREATE INDEX scenario_by_year ON scenario (fiscal_year);

-- The projects of a scenario's latest version, in the order they were given.
CREATE TABLE scenario_project (
    scenario_id UUID            NOT NULL REFERENCES scenario (scenario_id),
    project_id  UUID            NOT NULL,
    position    INT             NOT NULL,
    amount      NUMERIC(1000, 2) NOT NULL,
    currency    CHAR(3)         NOT NULL,
    PRIMARY KEY (scenario_id, project_id)
);

-- What a scenario weighs each project by, beside the portfolio's ranking: its budget now (the approved one, or the
-- requested one's current version while it is proposed), its open INITIAL_BUDGET change, which a proposal's new amount
-- revises, and the money side of its latest ROI case (NULL until it has one), which the year's rate discounts.
CREATE TABLE scenario_candidate (
    project_id            UUID             NOT NULL PRIMARY KEY,
    fiscal_year           INT              NOT NULL,
    currency              CHAR(3)          NOT NULL,
    current_budget        NUMERIC(1000, 2) NOT NULL,
    initial_change_id     UUID,
    one_time_cost         NUMERIC(1000, 2),
    recurring_yearly_cost NUMERIC(1000, 2),
    yearly_benefit        NUMERIC(1000, 2),
    horizon_years         INT
);
CREATE INDEX scenario_candidate_by_year ON scenario_candidate (fiscal_year);
