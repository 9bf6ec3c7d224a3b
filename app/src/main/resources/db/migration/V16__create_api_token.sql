-- API tokens: what a script sends as "Authorization: Bearer acc_..." instead of a password. Only the SHA-256 of
-- the secret is kept. Revoked tokens stay (revoked_at set) so their events keep pointing at a row; who issued
-- and revoked each one is in the event store (ApiTokenIssued, ApiTokenRevoked).
CREATE TABLE api_token (
    id           UUID         NOT NULL PRIMARY KEY,
    username     VARCHAR(64)  NOT NULL REFERENCES user_account (username),
    -- Texts.LINE_MAX_LENGTH: the name passes Texts.line.
    name         VARCHAR(200) NOT NULL,
    secret_hash  CHAR(64)     NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);

CREATE INDEX api_token_by_owner ON api_token (username);
