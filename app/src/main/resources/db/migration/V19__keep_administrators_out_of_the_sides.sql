-- Four eyes against the administrator: whoever manages the accounts acts for no side, so they can neither propose
-- nor approve. Administrators added before this rule lose their side here (their past events keep the side they
-- acted for then); from now on the table refuses an administrator with a side, as the domain does.
UPDATE user_account SET side = NULL WHERE role = 'ADMIN';
ALTER TABLE user_account
    ADD CONSTRAINT user_account_admin_has_no_side CHECK (role <> 'ADMIN' OR side IS NULL);

-- The administration log (who added, reset, disabled, enabled whom, changed an address or a lead, chose a password)
-- is read straight from the recorded events, newest first: this index holds only those events, so the read stays a
-- short index scan however long the ledger grows, and appends of every other event pay only the predicate.
CREATE INDEX domain_event_entry_people ON domain_event_entry (global_index)
    WHERE payload_type LIKE 'dev.accord.domain.people.api.%';
