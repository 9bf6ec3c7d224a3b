-- Prioritisation by the four questions. Read models only: a rebuild fills the new tables from the events.

-- Each fiscal year's ranking weights in force, set jointly (NULL: never set, the year ranks by ROI alone), and the
-- request to change them awaiting approval, if any. A weight is a whole number from 0 to RankingWeights.MAX_WEIGHT
-- (100), which INT holds.
CREATE TABLE portfolio_ranking_weights (
    fiscal_year                         INT          NOT NULL PRIMARY KEY,
    roi_weight                          INT,
    npv_weight                          INT,
    clear_roi_weight                    INT,
    process_delivery_weight             INT,
    long_term_objectives_weight         INT,
    competitive_advantage_weight        INT,
    pending_change_id                   UUID,
    pending_roi_weight                  INT,
    pending_npv_weight                  INT,
    pending_clear_roi_weight            INT,
    pending_process_delivery_weight     INT,
    pending_long_term_objectives_weight INT,
    pending_competitive_advantage_weight INT,
    pending_rationale                   TEXT,
    pending_requested_by_id             VARCHAR(64),
    pending_requested_by_name           VARCHAR(200),
    pending_finance_approved            BOOLEAN      NOT NULL DEFAULT FALSE,
    pending_it_approved                 BOOLEAN      NOT NULL DEFAULT FALSE
);

-- Each side's rating of each of the four questions, per project and round (0 at approval, n at the n-th
-- reassessment): the ranking scores a project by its latest round both sides answered. A rating is from 1 to 5.
CREATE TABLE portfolio_assessment (
    project_id UUID        NOT NULL,
    round      INT         NOT NULL,
    side       VARCHAR(16) NOT NULL,
    question   VARCHAR(32) NOT NULL,
    rating     INT         NOT NULL,
    PRIMARY KEY (project_id, round, side, question)
);
