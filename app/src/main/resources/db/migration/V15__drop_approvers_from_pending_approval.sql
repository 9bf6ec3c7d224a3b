-- pending_approval.approvers appended each approver's id to a comma-separated list: handling an approval twice
-- listed the approver twice, and nothing read the column. Whom a change waits for follows from the sides that
-- approved its current version (finance_approved, it_approved). A read model: a rebuild fills the rest as before.
ALTER TABLE pending_approval DROP COLUMN approvers;
