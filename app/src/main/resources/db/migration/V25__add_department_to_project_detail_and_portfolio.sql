-- The requesting department a proposal names (ProposalRules.DEPARTMENT_MAX_LENGTH, the longest line the ledger
-- accepts): shown with the proposal on the project page, and the portfolio's projects are read and totalled by it.
-- NULL for projects proposed without one, as were all before this migration: no rebuild is needed.
ALTER TABLE project_detail ADD COLUMN department VARCHAR(200);
ALTER TABLE portfolio_project ADD COLUMN department VARCHAR(200);
