package dev.accord.app.retrospective;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The look of Accord's PDF reports, on OpenPDF: an A4 page with a title block, numbered sections, tables with a
 * shaded header row, figures aligned right, and a footer with the report's name and page number. Helvetica, one
 * of the 14 fonts every PDF reader has, so the file needs no embedded fonts.
 */
final class PdfReport {

    private static final Color ACCENT = new Color(0x2350b8);
    private static final Color SHADE = new Color(0xeef2fb);
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, ACCENT);
    private static final Font SUBTITLE = FontFactory.getFont(FontFactory.HELVETICA, 11, Color.DARK_GRAY);
    private static final Font SECTION = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13, ACCENT);
    private static final Font HEAD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font CELL = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font NOTE = FontFactory.getFont(FontFactory.HELVETICA_OBLIQUE, 8, Color.GRAY);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Document document = new Document(PageSize.A4, 42, 42, 48, 48);
    private int sections;

    PdfReport(String title, String footer) {
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onEndPage(PdfWriter pdf, Document page) {
                ColumnText.showTextAligned(
                        pdf.getDirectContent(),
                        Element.ALIGN_LEFT,
                        new Phrase(footer, NOTE),
                        page.left(),
                        page.bottom() - 20,
                        0);
                ColumnText.showTextAligned(
                        pdf.getDirectContent(),
                        Element.ALIGN_RIGHT,
                        new Phrase("Page " + pdf.getPageNumber(), NOTE),
                        page.right(),
                        page.bottom() - 20,
                        0);
            }
        });
        document.addTitle(title);
        document.addCreator("Accord");
        document.open();
    }

    void title(String title, String... lines) {
        document.add(new Paragraph(title, TITLE));
        for (String line : lines) {
            document.add(new Paragraph(line, SUBTITLE));
        }
        document.add(Chunk.NEWLINE);
    }

    void section(String heading) {
        Paragraph paragraph = new Paragraph(++sections + "  " + heading, SECTION);
        paragraph.setSpacingBefore(12);
        paragraph.setSpacingAfter(6);
        document.add(paragraph);
    }

    void note(String text) {
        Paragraph paragraph = new Paragraph(text, NOTE);
        paragraph.setSpacingAfter(4);
        document.add(paragraph);
    }

    /** Label-value pairs in two columns, for headline figures. */
    void figures(String[][] pairs) {
        PdfPTable table = new PdfPTable(new float[] {2, 3});
        table.setWidthPercentage(70);
        table.setHorizontalAlignment(Element.ALIGN_LEFT);
        for (String[] pair : pairs) {
            table.addCell(cell(pair[0], HEAD, Element.ALIGN_LEFT, SHADE));
            table.addCell(cell(pair[1], CELL, Element.ALIGN_LEFT, null));
        }
        document.add(table);
    }

    /** A table with a header row; columns whose {@code rightAligned} flag is set hold figures. */
    void table(String[] header, boolean[] rightAligned, float[] widths, java.util.List<String[]> rows) {
        if (rows.isEmpty()) {
            note("None.");
            return;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (int column = 0; column < header.length; column++) {
            table.addCell(
                    cell(header[column], HEAD, rightAligned[column] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT, SHADE));
        }
        for (String[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                table.addCell(
                        cell(row[column], CELL, rightAligned[column] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT, null));
            }
        }
        document.add(table);
    }

    void image(byte[] png, float width) {
        try {
            Image image = Image.getInstance(png);
            image.scaleToFit(width, width);
            image.setAlignment(Element.ALIGN_CENTER);
            document.add(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float usableWidth() {
        return document.right() - document.left();
    }

    byte[] finish() {
        document.close();
        return bytes.toByteArray();
    }

    private static PdfPCell cell(String text, Font font, int alignment, Color background) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "\u2014" : text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(4);
        cell.setBorderColor(new Color(0xd1d5db));
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }
}
