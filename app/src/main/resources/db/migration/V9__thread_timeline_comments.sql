-- The timeline reads like a conversation: a comment sits directly beneath the step it discusses. Each row gets
-- the sequence of its thread (the discussed step's sequence for a comment, its own for everything else), and
-- the server pages the timeline ordered by (thread_sequence, sequence) along an index.
--
-- Which step a stored comment discusses cannot be recovered from the rows already written (their sentences are
-- for people), so the timeline is rebuilt from the events instead: its rows go, and so does its processor's
-- token, and the processor replays from the first event on start-up like any rebuild.
DELETE FROM timeline_entry;
DELETE FROM token_entry WHERE processor_name = 'timeline';

ALTER TABLE timeline_entry
    ADD COLUMN thread_sequence BIGINT NOT NULL,
    -- What comments name this step by when they discuss it (e.g. CHANGE:<id>, ESTIMATE:2); null if nothing does.
    ADD COLUMN subject VARCHAR(80);

CREATE INDEX timeline_entry_thread ON timeline_entry (project_id, thread_sequence, sequence);
CREATE INDEX timeline_entry_subject ON timeline_entry (project_id, subject, sequence) WHERE subject IS NOT NULL;
