package dev.accord.domain.project.api;

/**
 * A spreadsheet to fill in and import: the columns the import reads, a metric column for every metric of the ROI
 * cases of projects under way, and a row for each of those projects for last month. Answered with an
 * {@link ActualsTemplate}.
 */
public record FindActualsTemplate(SheetFormat format) {}
