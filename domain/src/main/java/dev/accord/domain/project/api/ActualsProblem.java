package dev.accord.domain.project.api;

/**
 * Why a row of a spreadsheet of actuals cannot be recorded: its number in the sheet (the header is row 1), the
 * column ("project", "month", "spend", a metric's name, or "file" for the file as a whole) and the ledger's words.
 */
public record ActualsProblem(int row, String column, String message) {}
