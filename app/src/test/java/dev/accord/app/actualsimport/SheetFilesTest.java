package dev.accord.app.actualsimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

/** Spreadsheets of actuals as people save them: CSV from any locale, and workbooks written by a spreadsheet. */
class SheetFilesTest {

    @Test
    void readsACsvFileWithItsRowNumbersLeavingOutBlankRows() throws Exception {
        byte[] csv = """
                Project,Month,Spend,orders
                Scanner fleet,2026-03,"1,250.50",300

                Scanner fleet,2026-04,0,
                """.getBytes(StandardCharsets.UTF_8);

        List<SheetRow> rows = SheetFiles.read("actuals.CSV", csv);

        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 4);
        ActualsColumns columns = ActualsColumns.of(rows.get(0));
        assertThat(columns.problems()).isEmpty();
        assertThat(columns.metrics()).containsExactly("orders");
        assertThat(columns.project(rows.get(1)).text()).isEqualTo("Scanner fleet");
        assertThat(SheetValues.month(columns.month(rows.get(1)))).isEqualTo(YearMonth.of(2026, 3));
        assertThat(SheetValues.amount(columns.spend(rows.get(1)))).isEqualByComparingTo("1250.50");
        assertThat(SheetValues.amount(columns.metric(rows.get(2), "orders")))
                .as("blank")
                .isNull();
    }

    @Test
    void readsASemicolonSeparatedCsvWithAByteOrderMarkAsAEuropeanSpreadsheetSavesIt() throws Exception {
        byte[] csv = "\uFEFFproject;MONTH;spend\nZeiterfassung;2026-02;99.90\n".getBytes(StandardCharsets.UTF_8);

        List<SheetRow> rows = SheetFiles.read("export.csv", csv);

        ActualsColumns columns = ActualsColumns.of(rows.get(0));
        assertThat(columns.problems()).isEmpty();
        assertThat(columns.project(rows.get(1)).text()).isEqualTo("Zeiterfassung");
        assertThat(SheetValues.amount(columns.spend(rows.get(1)))).isEqualByComparingTo("99.90");
    }

    @Test
    void readsTheFirstSheetOfAWorkbookWithNumberAndDateCells() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(file, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Actuals");
        sheet.value(0, 0, "Project");
        sheet.value(0, 1, "Month");
        sheet.value(0, 2, "Spend");
        sheet.value(0, 3, "licence cost");
        sheet.value(1, 0, "Data-warehouse migration");
        sheet.value(1, 1, "2026-03");
        sheet.value(1, 2, new BigDecimal("12000.25"));
        sheet.value(1, 3, 4500);
        sheet.value(2, 0, "Data-warehouse migration");
        // What a spreadsheet makes of "2026-04" typed into a cell: the 1st of April as a date.
        sheet.value(2, 1, LocalDate.of(2026, 4, 1));
        sheet.value(2, 2, 0);
        workbook.newWorksheet("Notes").value(0, 0, "not read");
        workbook.finish();

        List<SheetRow> rows = SheetFiles.read("actuals.xlsx", file.toByteArray());

        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 3);
        ActualsColumns columns = ActualsColumns.of(rows.get(0));
        assertThat(columns.metrics()).containsExactly("licence cost");
        assertThat(SheetValues.month(columns.month(rows.get(1)))).isEqualTo(YearMonth.of(2026, 3));
        assertThat(SheetValues.month(columns.month(rows.get(2)))).isEqualTo(YearMonth.of(2026, 4));
        assertThat(SheetValues.amount(columns.spend(rows.get(1)))).isEqualByComparingTo("12000.25");
        assertThat(SheetValues.amount(columns.metric(rows.get(1), "licence cost")))
                .isEqualByComparingTo("4500");
        assertThat(SheetValues.amount(columns.metric(rows.get(2), "licence cost")))
                .isNull();
    }

    @Test
    void theHeaderMustNameProjectMonthAndSpendOnce() throws Exception {
        List<SheetRow> rows = SheetFiles.read("a.csv", "Project,Spend,Spend,orders\n".getBytes(StandardCharsets.UTF_8));

        assertThat(ActualsColumns.of(rows.get(0)).problems())
                .extracting(problem -> problem.column() + ": " + problem.message())
                .containsExactly(
                        "Spend: Two columns are headed \u201cSpend\u201d; keep one",
                        "Month: The first row names the columns: Project, Month, Spend, then one column per metric;"
                                + " there is no Month column");
    }

    @Test
    void valuesThatCouldBeMisreadAreRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> SheetValues.month(SheetCell.text("03/2026")))
                .hasMessage("\u201c03/2026\u201d is not a month; write it as YYYY-MM, e.g. 2026-03");
        assertThatThrownBy(() -> SheetValues.amount(SheetCell.text("1.250,50")))
                .hasMessage("\u201c1.250,50\u201d is not an amount; write it as 1250.50, without currency");
        assertThatThrownBy(() -> SheetValues.amount(SheetCell.text("EUR 12"))).hasMessageContaining("is not an amount");
        assertThatThrownBy(() -> SheetValues.month(SheetCell.EMPTY))
                .hasMessage("Give the month as YYYY-MM, e.g. 2026-03");
    }

    @Test
    void onlyXlsxAndCsvFilesAreRead() {
        assertThatThrownBy(() -> SheetFiles.read("actuals.xls", new byte[] {1}))
                .isInstanceOf(UnreadableSheetException.class)
                .hasMessageContaining("is neither");
        assertThatThrownBy(() -> SheetFiles.read("actuals.xlsx", "Project,Month".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableSheetException.class)
                .hasMessage("The file is not an Excel workbook (.xlsx) Accord can read");
        assertThatThrownBy(() -> SheetFiles.read("actuals.csv", new byte[0])).hasMessage("The file is empty");
    }

    @Test
    void readingStopsPastTheRowsAnImportTakes() throws IOException, UnreadableSheetException {
        StringBuilder csv = new StringBuilder("Project,Month,Spend\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("P,2026-01,1\n");
        }
        assertThat(SheetFiles.read("big.csv", csv.toString().getBytes(StandardCharsets.UTF_8)))
                .hasSize(SheetFiles.MAX_ROWS);
    }
}
