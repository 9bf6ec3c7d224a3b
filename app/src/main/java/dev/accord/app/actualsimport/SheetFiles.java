package dev.accord.app.actualsimport;

import dev.accord.domain.project.api.ImportActuals;
import dev.accord.domain.project.api.SheetFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads the first sheet of an XLSX workbook (FastExcel) or a CSV file (Commons CSV) into rows of cells, the header
 * first. A CSV file may separate its values with commas or, as spreadsheets set to a European locale save it, with
 * semicolons; it is read as UTF-8, with or without a byte-order mark. Blank rows are left out. Reading stops past
 * {@link ImportActuals#MAX_LINES} rows, so a huge file costs no more than that.
 */
final class SheetFiles {

    /** Rows read at most: the header and one more than the import takes, to tell that there were too many. */
    static final int MAX_ROWS = ImportActuals.MAX_LINES + 2;

    private SheetFiles() {}

    static SheetFormat formatOf(String fileName) throws UnreadableSheetException {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return SheetFormat.XLSX;
        }
        if (name.endsWith(".csv")) {
            return SheetFormat.CSV;
        }
        throw new UnreadableSheetException("Upload an Excel workbook (.xlsx) or a CSV file (.csv); \u201c"
                + (fileName == null ? "" : fileName) + "\u201d is neither");
    }

    static List<SheetRow> read(String fileName, byte[] content) throws UnreadableSheetException {
        if (content == null || content.length == 0) {
            throw new UnreadableSheetException("The file is empty");
        }
        return switch (formatOf(fileName)) {
            case XLSX -> xlsx(content);
            case CSV -> csv(content);
        };
    }

    static List<SheetRow> csv(byte[] content) throws UnreadableSheetException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                // Blank lines are records too, so that a record's number is the line a spreadsheet shows it on.
                .setIgnoreEmptyLines(false)
                .get();
        List<SheetRow> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
                CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                int number = (int) record.getRecordNumber();
                SheetRow row = new SheetRow(
                        number, record.stream().map(SheetCell::text).toList());
                if (!row.isBlank()) {
                    rows.add(row);
                }
                if (rows.size() >= MAX_ROWS) {
                    break;
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new UnreadableSheetException("The CSV file cannot be read: " + e.getMessage(), e);
        }
        return rows;
    }

    static List<SheetRow> xlsx(byte[] content) throws UnreadableSheetException {
        List<SheetRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            var each = sheet.iterator();
            while (each.hasNext() && rows.size() < MAX_ROWS) {
                Row row = each.next();
                List<SheetCell> cells = new ArrayList<>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(cell(row.getCell(i)));
                }
                SheetRow read = new SheetRow(row.getRowNum(), cells);
                if (!read.isBlank()) {
                    rows.add(read);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableSheetException("The file is not an Excel workbook (.xlsx) Accord can read", e);
        }
        return rows;
    }

    private static SheetCell cell(Cell cell) {
        if (cell == null) {
            return SheetCell.EMPTY;
        }
        CellType type = cell.getType();
        if (type == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            return SheetCell.number(number, ExcelDates.asDate(number));
        }
        if (type == CellType.FORMULA) {
            // A formula's last computed value, as the file keeps it.
            String raw = cell.getRawValue();
            try {
                BigDecimal number = new BigDecimal(raw);
                return SheetCell.number(number, ExcelDates.asDate(number));
            } catch (NumberFormatException | NullPointerException notANumber) {
                return SheetCell.text(raw);
            }
        }
        if (type == CellType.EMPTY) {
            return SheetCell.EMPTY;
        }
        return SheetCell.text(cell.getText());
    }
}
