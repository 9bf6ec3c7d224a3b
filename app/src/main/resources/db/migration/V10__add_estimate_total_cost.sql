-- EstimateSubmitted revision 2 states what an estimate comes to over its horizon. Rows written from revision 1
-- events get the same figure the upcaster gives those events (one-time cost plus the recurring cost for each
-- year), so the table matches a rebuild from the event store.
-- NUMERIC(16, 2): revision 1 never bounded the total, and 10^12 one-time plus 30 years of 10^12 is 3.1 x 10^13.
ALTER TABLE project_estimate ADD COLUMN total_cost NUMERIC(16, 2);
UPDATE project_estimate SET total_cost = one_time_cost + recurring_yearly_cost * horizon_years;
ALTER TABLE project_estimate ALTER COLUMN total_cost SET NOT NULL;
