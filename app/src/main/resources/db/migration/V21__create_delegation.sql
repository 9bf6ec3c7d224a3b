-- Delegations: a member hands their own approval authority to a member of the same side for a period (days of the
-- ledger calendar, both included). Kept in the same transaction as the DelegationGranted / DelegationRevoked event
-- that records each change, like user_account; revoked delegations stay, so the page can list them.
CREATE TABLE delegation (
    delegation_id  UUID         NOT NULL PRIMARY KEY,
    delegator_id   VARCHAR(64)  NOT NULL REFERENCES user_account (username),
    delegator_name VARCHAR(200) NOT NULL,
    delegator_lead BOOLEAN      NOT NULL,
    delegate_id    VARCHAR(64)  NOT NULL REFERENCES user_account (username),
    delegate_name  VARCHAR(200) NOT NULL,
    delegate_lead  BOOLEAN      NOT NULL,
    side           VARCHAR(16)  NOT NULL CHECK (side IN ('FINANCE', 'IT')),
    starts_on      DATE         NOT NULL,
    ends_on        DATE         NOT NULL,
    granted_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    revoked_at     TIMESTAMPTZ,
    revoked_by     VARCHAR(64),
    CHECK (delegator_id <> delegate_id),
    CHECK (ends_on >= starts_on)
);
CREATE INDEX delegation_delegator ON delegation (delegator_id);
CREATE INDEX delegation_delegate ON delegation (delegate_id);

-- Project detail: an approval given on someone's behalf names them (their side is the approver's).
ALTER TABLE project_change_approval
    ADD COLUMN on_behalf_of_id   VARCHAR(64),
    ADD COLUMN on_behalf_of_name VARCHAR(200),
    ADD COLUMN on_behalf_of_lead BOOLEAN;
