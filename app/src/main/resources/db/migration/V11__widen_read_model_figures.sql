-- Whatever the domain accepts, every read model can store. Figures were NUMERIC(15, 2) and the like, which a ledger
-- can outgrow by its own rules: a spend to date of more than 10^13 after a decade of large months, an ROI of
-- 10^9 a year on a cost of 1.00 (an ROI % and an NPV with fifteen digits or more), a payback period of centuries.
-- One such event stopped its projection for good. The scale of each column stays as it was (amounts keep two
-- decimals, IRR four); the precision becomes PostgreSQL's maximum, 1000 digits, far beyond any figure the domain's
-- bounded inputs can produce. Raising a NUMERIC's precision keeps its values; no row is rewritten by hand.
ALTER TABLE project_summary
    ALTER COLUMN requested_amount TYPE NUMERIC(1000, 2),
    ALTER COLUMN approved_amount TYPE NUMERIC(1000, 2),
    ALTER COLUMN spend_to_date TYPE NUMERIC(1000, 2),
    ALTER COLUMN npv TYPE NUMERIC(1000, 2),
    ALTER COLUMN roi_percent TYPE NUMERIC(1000, 2),
    ALTER COLUMN irr_percent TYPE NUMERIC(1000, 4);

ALTER TABLE project_detail
    ALTER COLUMN requested_amount TYPE NUMERIC(1000, 2),
    ALTER COLUMN approved_amount TYPE NUMERIC(1000, 2),
    ALTER COLUMN spend_to_date TYPE NUMERIC(1000, 2),
    ALTER COLUMN benefits_to_date TYPE NUMERIC(1000, 2),
    ALTER COLUMN spend_overrun_percent TYPE NUMERIC(1000, 2),
    ALTER COLUMN benefit_shortfall_percent TYPE NUMERIC(1000, 2);

ALTER TABLE project_change
    ALTER COLUMN budget_amount TYPE NUMERIC(1000, 2);

ALTER TABLE project_estimate
    ALTER COLUMN one_time_cost TYPE NUMERIC(1000, 2),
    ALTER COLUMN recurring_yearly_cost TYPE NUMERIC(1000, 2),
    ALTER COLUMN low TYPE NUMERIC(1000, 2),
    ALTER COLUMN high TYPE NUMERIC(1000, 2),
    ALTER COLUMN total_cost TYPE NUMERIC(1000, 2);

ALTER TABLE project_roi_case
    ALTER COLUMN discount_rate_percent TYPE NUMERIC(1000, 2),
    ALTER COLUMN npv TYPE NUMERIC(1000, 2),
    ALTER COLUMN irr_percent TYPE NUMERIC(1000, 4),
    ALTER COLUMN payback_years TYPE NUMERIC(1000, 2),
    ALTER COLUMN roi_percent TYPE NUMERIC(1000, 2);

ALTER TABLE project_actuals
    ALTER COLUMN spend TYPE NUMERIC(1000, 2),
    ALTER COLUMN benefits TYPE NUMERIC(1000, 2);

ALTER TABLE pending_approval
    ALTER COLUMN budget_amount TYPE NUMERIC(1000, 2);

ALTER TABLE portfolio_year
    ALTER COLUMN budget_amount TYPE NUMERIC(1000, 2),
    ALTER COLUMN discount_rate_percent TYPE NUMERIC(1000, 2),
    ALTER COLUMN pending_budget_amount TYPE NUMERIC(1000, 2);

ALTER TABLE portfolio_project
    ALTER COLUMN requested_amount TYPE NUMERIC(1000, 2),
    ALTER COLUMN allocated_amount TYPE NUMERIC(1000, 2),
    ALTER COLUMN spend_to_date TYPE NUMERIC(1000, 2),
    ALTER COLUMN npv TYPE NUMERIC(1000, 2),
    ALTER COLUMN roi_percent TYPE NUMERIC(1000, 2),
    ALTER COLUMN irr_percent TYPE NUMERIC(1000, 4);

ALTER TABLE portfolio_actuals
    ALTER COLUMN spend TYPE NUMERIC(1000, 2);
