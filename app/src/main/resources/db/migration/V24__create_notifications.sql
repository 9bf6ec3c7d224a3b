-- Notifications (read model of the "notifications" projection). A notification is addressed to an audience, not
-- to a list of people: one person (the requester, an approver, a delegate), or the members of a side (only its
-- leads for an escalation), leaving out one person (the requester, who never approves their own change). Who is in
-- a side is read from user_account when the notifications are read and when an e-mail is queued, so the projection
-- itself needs nothing but events and a rebuild gives the same rows.
CREATE TABLE notification_project (
    project_id UUID NOT NULL PRIMARY KEY,
    title      TEXT NOT NULL
);

-- Each change's requester: its comments and reminders concern them.
CREATE TABLE notification_change (
    change_id       UUID NOT NULL PRIMARY KEY,
    project_id      UUID NOT NULL,
    requested_by_id TEXT NOT NULL
);

CREATE TABLE notification (
    -- Derived from the event's id and the audience, so that a rebuild gives every notification its old id (and
    -- the marks people set on it stay theirs).
    id            UUID        NOT NULL PRIMARY KEY,
    kind          TEXT        NOT NULL,
    text          TEXT        NOT NULL,
    project_id    UUID,
    change_id     UUID,
    at            TIMESTAMPTZ NOT NULL,
    audience_user TEXT,
    audience_side TEXT CHECK (audience_side IN ('FINANCE', 'IT')),
    leads_only    BOOLEAN     NOT NULL DEFAULT FALSE,
    except_user   TEXT,
    CHECK ((audience_user IS NULL) <> (audience_side IS NULL))
);

CREATE INDEX notification_by_user ON notification (audience_user, at DESC) WHERE audience_user IS NOT NULL;
CREATE INDEX notification_by_side ON notification (audience_side, at DESC) WHERE audience_side IS NOT NULL;

-- What each person has read: their own, not derived from events, so it survives a rebuild of the notifications.
CREATE TABLE notification_read (
    notification_id UUID        NOT NULL,
    username        VARCHAR(64) NOT NULL REFERENCES user_account (username),
    read_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (username, notification_id)
);

-- The kinds a person does NOT want by e-mail: every kind is on until they turn it off.
CREATE TABLE notification_email_off (
    username VARCHAR(64) NOT NULL REFERENCES user_account (username),
    kind     TEXT        NOT NULL,
    PRIMARY KEY (username, kind)
);

-- E-mails waiting to be sent, queued in the transaction of the notification they tell of (only while a mail host
-- is configured). A sender claims a few (FOR UPDATE SKIP LOCKED, in a short transaction of its own), sends them
-- outside any transaction and marks them sent, or tries again later.
CREATE TABLE mail_outbox (
    id              BIGSERIAL   NOT NULL PRIMARY KEY,
    notification_id UUID        NOT NULL,
    username        VARCHAR(64) NOT NULL,
    address         TEXT        NOT NULL,
    subject         TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    queued_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_until   TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    given_up_at     TIMESTAMPTZ,
    last_error      TEXT,
    UNIQUE (notification_id, username)
);

CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE sent_at IS NULL AND given_up_at IS NULL;
