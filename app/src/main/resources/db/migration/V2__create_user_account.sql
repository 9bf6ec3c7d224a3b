-- The people who use Accord. Passwords are bcrypt hashes. Users are disabled, never deleted,
-- so their history stays attributed to them.
CREATE TABLE user_account (
    username      VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name  VARCHAR(200) NOT NULL,
    side          VARCHAR(16)  CHECK (side IN ('FINANCE', 'IT')),
    role          VARCHAR(16)  NOT NULL CHECK (role IN ('MEMBER', 'VIEWER', 'ADMIN')),
    password_hash VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by    VARCHAR(64)  NOT NULL,
    -- A member acts for a side; a viewer only reads.
    CHECK (role <> 'MEMBER' OR side IS NOT NULL)
);
