-- Accounts get an e-mail address (notifications are sent there), a lead flag (the CFO leads Finance, the CIO
-- leads IT: approval rules may need their approval), and whether the person must choose their own password at the
-- next sign-in (an administrator created or reset the account, so the administrator knows the password).
ALTER TABLE user_account
    ADD COLUMN email                VARCHAR(254) CHECK (email IS NULL OR email LIKE '_%@_%'),
    ADD COLUMN lead                 BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN must_choose_password BOOLEAN NOT NULL DEFAULT FALSE,
    -- Only someone who acts for a side can lead it.
    ADD CONSTRAINT user_account_lead_has_side CHECK (NOT lead OR (side IS NOT NULL AND role = 'MEMBER'));
