-- The projects list also shows the fiscal year, what is spent and the ROI figures it is ranked by.
ALTER TABLE project_summary
    ADD COLUMN fiscal_year   INT,
    ADD COLUMN spend_to_date NUMERIC(15, 2) NOT NULL DEFAULT 0,
    ADD COLUMN npv           NUMERIC(15, 2),
    ADD COLUMN roi_percent   NUMERIC(12, 2),
    ADD COLUMN irr_percent   NUMERIC(12, 4),
    ADD COLUMN last_event_at TIMESTAMPTZ;
CREATE INDEX project_summary_fiscal_year ON project_summary (fiscal_year);
