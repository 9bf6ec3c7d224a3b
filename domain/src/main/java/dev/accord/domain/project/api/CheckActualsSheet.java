package dev.accord.domain.project.api;

/**
 * Reads a spreadsheet of actuals (CSV or XLSX, told apart by the name's ending) and checks every row as the ledger
 * would record it for the signed-in user, recording nothing. Answered with an {@link ActualsSheetCheck}.
 */
public record CheckActualsSheet(String fileName, byte[] content) {}
