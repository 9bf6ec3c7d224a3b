-- Where an account comes from: LOCAL accounts sign in with a password kept here; IDENTITY_PROVIDER accounts are
-- created and refreshed at each sign-in through the company's identity provider (OpenID Connect), which alone
-- vouches for them. Such an account never holds a password (IdentityProviderAccounts.NO_PASSWORD, which no
-- password hash can equal), so nobody, an administrator included, can give it one to sign in with.
ALTER TABLE user_account
    ADD COLUMN origin VARCHAR(24) NOT NULL DEFAULT 'LOCAL' CHECK (origin IN ('LOCAL', 'IDENTITY_PROVIDER')),
    ADD CONSTRAINT user_account_identity_provider_has_no_password
        CHECK (origin = 'LOCAL' OR password_hash = '{identity-provider}');
