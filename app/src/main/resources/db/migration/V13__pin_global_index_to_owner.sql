-- The role Accord runs as may append events but not touch the global index's sequence (see HistoryOwnership): the
-- trigger that hands out indexes draws from it with its owner's rights. Its search path is fixed, with pg_temp
-- last, so that nobody can put a sequence or function of their own in its way: a temporary table or sequence of
-- the caller's would otherwise be found first.
ALTER FUNCTION assign_event_global_index() SECURITY DEFINER SET search_path = pg_catalog, ${flyway:defaultSchema}, pg_temp;
