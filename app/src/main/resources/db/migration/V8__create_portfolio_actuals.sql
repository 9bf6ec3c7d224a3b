-- The portfolio's spend month by month, for the budget-against-spend chart. A month recorded again replaces
-- the earlier figure, as a correction does.
CREATE TABLE portfolio_actuals (
    project_id  UUID           NOT NULL,
    period      CHAR(7)        NOT NULL, -- YYYY-MM
    fiscal_year INT            NOT NULL,
    spend       NUMERIC(15, 2) NOT NULL,
    PRIMARY KEY (project_id, period)
);
CREATE INDEX portfolio_actuals_year ON portfolio_actuals (fiscal_year);
