-- A project's spend and benefits to date follow from its months in project_actuals, one row per month as last
-- recorded. They were kept a second time on project_detail, where the live projection summed them in SQL and the
-- as-of view in Java. Both views now derive them from the months when reading (ProjectDetailRows), in one place,
-- so the copies go. A read model: nothing here is history, and a rebuild fills the remaining columns as before.
ALTER TABLE project_detail
    DROP COLUMN spend_to_date,
    DROP COLUMN benefits_to_date;
