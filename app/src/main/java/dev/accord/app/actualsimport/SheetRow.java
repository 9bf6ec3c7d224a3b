package dev.accord.app.actualsimport;

import java.util.List;

/** A row of the sheet by its number as the spreadsheet shows it (the header is row 1). */
record SheetRow(int number, List<SheetCell> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    SheetCell cell(int column) {
        return column < cells.size() ? cells.get(column) : SheetCell.EMPTY;
    }

    boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isEmpty);
    }
}
