package dev.accord.app.actualsimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The template written as an XLSX workbook (FastExcel) with a sheet of instructions, or as CSV (Commons CSV). */
final class TemplateFiles {

    static final List<String> INSTRUCTIONS = List.of(
            "How to import actuals into Accord",
            "One row per project and month. Project: the project's exact title, or its id.",
            "Month: the month the actuals are for, written 2026-03. Recording a month again corrects it.",
            "Spend: what was spent that month, in the ledger's currency, without a currency sign; 0 if nothing.",
            "One column per ROI metric, headed by the metric's name as the project's ROI case names it: the benefit"
                    + " it realised that month. Leave a cell blank when the project does not measure that metric.",
            "Upload the file under Projects \u2192 Import actuals: you see every row's problems first, and nothing is"
                    + " recorded unless every row can be.");

    private TemplateFiles() {}

    static byte[] xlsx(ActualsTemplates.TemplateSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Accord", "1.0");
            Worksheet actuals = workbook.newWorksheet("Actuals");
            for (int column = 0; column < sheet.header().size(); column++) {
                actuals.value(0, column, sheet.header().get(column));
                actuals.style(0, column).bold().set();
                actuals.width(column, column == 0 ? 40 : 16);
            }
            for (int row = 0; row < sheet.rows().size(); row++) {
                List<String> cells = sheet.rows().get(row);
                for (int column = 0; column < cells.size(); column++) {
                    // Text, so that a spreadsheet keeps "2026-03" as written instead of turning it into a date.
                    actuals.value(row + 1, column, cells.get(column));
                }
            }
            Worksheet help = workbook.newWorksheet("How to fill in");
            help.width(0, 120);
            for (int line = 0; line < INSTRUCTIONS.size(); line++) {
                help.value(line, 0, INSTRUCTIONS.get(line));
            }
            help.style(0, 0).bold().set();
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] csv(ActualsTemplates.TemplateSheet sheet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            printer.printRecord(sheet.header());
            for (List<String> row : sheet.rows()) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
