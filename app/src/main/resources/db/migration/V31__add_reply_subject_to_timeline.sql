-- Every step that can be discussed offers Reply: a row names what a reply to it discusses (reply_subject, in
-- timeline_entry.subject's words: CHANGE:<id> for every step of a change, REASSESSMENT:<id> for a reassessment's
-- call, views and conclusion, COMMENT:<id> for a comment), so the browser sends that subject. A comment is now also
-- a step replies thread beneath (its subject is COMMENT:<id>).
--
-- Neither a reassessment's views nor a comment's id can be recovered from the rows already written, so, as in V9,
-- the timeline is rebuilt from the events: its rows go, and so does its processor's token, and the processor
-- replays from the first event on start-up.
DELETE FROM timeline_entry;
DELETE FROM token_entry WHERE processor_name = 'timeline';

ALTER TABLE timeline_entry
    -- What a reply to this step discusses (e.g. CHANGE:<id>, ESTIMATE:2, COMMENT:<id>); null if it cannot be replied to.
    ADD COLUMN reply_subject VARCHAR(80);

-- Who wrote each step a reply may answer (an estimate, an ROI case, a called reassessment, a comment), named as the
-- comment's subject names it (ESTIMATE:2, COMMENT:<id>): a reply to it notifies its author, as a comment on a change
-- notifies the change's requester (notification_change). Steps recorded before this table notify no one of their
-- replies until the read models are rebuilt.
CREATE TABLE notification_discussed (
    project_id UUID        NOT NULL,
    subject    VARCHAR(80) NOT NULL,
    author_id  TEXT        NOT NULL,
    PRIMARY KEY (project_id, subject)
);
