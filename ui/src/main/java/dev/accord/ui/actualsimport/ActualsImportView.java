package dev.accord.ui.actualsimport;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.accord.domain.project.api.ActualsSheetCheck;
import dev.accord.domain.project.api.CheckActualsSheet;
import dev.accord.domain.project.api.ImportActuals;
import dev.accord.domain.project.api.SheetFormat;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.MainLayout;
import dev.accord.ui.base.Refusals;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Actuals from a spreadsheet: download the template, upload the filled-in file, see every row as it would be
 * recorded with its problems, and import them all, as one's own actuals, only once none has a problem. The ledger
 * checks the rows (recording nothing) when the file arrives, and again, row by row, when they are imported.
 */
@Route(value = "actuals/import", layout = MainLayout.class)
@PageTitle("Import actuals · Accord")
@PermitAll
public class ActualsImportView extends VerticalLayout {

    /** The largest file taken: the API's request limit, far above a thousand rows of actuals. */
    static final int MAX_FILE_BYTES = 1024 * 1024;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentUser currentUser;
    private final Span summary = new Span();
    private final UnorderedList fileProblems = new UnorderedList();
    private final ActualsPreviewGrid preview = new ActualsPreviewGrid();
    private final Button importButton = new Button("Import actuals", VaadinIcon.UPLOAD.create());
    private final Upload upload;
    private ActualsSheetCheck checked;

    public ActualsImportView(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        this.commands = commands;
        this.queries = queries;
        this.currentUser = currentUser;
        upload = new Upload(UploadHandler.inMemory((file, content) -> check(file.fileName(), content)));
        upload.setId("actuals-upload");
        upload.setAcceptedFileTypes(".xlsx", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setDropLabel(new Span("Drop an .xlsx or .csv file here"));
        upload.addFileRejectedListener(rejected -> Refusals.show(rejected.getErrorMessage()));
        upload.setVisible(currentUser.actsForASide());

        summary.setId("import-summary");
        fileProblems.setId("file-problems");
        fileProblems.getStyle().set("color", "var(--lumo-error-text-color)");
        importButton.setId("import-actuals");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(click -> importAll());

        add(
                new H2("Import actuals"),
                new Paragraph("One row per project and month: the project's exact title or its id, the month "
                        + "(2026-03), the spend, and one column per ROI metric with the benefit it realised. Each "
                        + "row is recorded as your own actuals, exactly as if you typed it; nothing is recorded "
                        + "unless every row can be."),
                templates(),
                upload,
                summary,
                fileProblems,
                importButton,
                preview);
        setWidthFull();
    }

    private HorizontalLayout templates() {
        HorizontalLayout links = new HorizontalLayout(
                new Span("Template:"),
                TemplateLink.of(queries, SheetFormat.XLSX, "Excel workbook"),
                TemplateLink.of(queries, SheetFormat.CSV, "CSV"));
        links.setAlignItems(Alignment.BASELINE);
        return links;
    }

    private void check(String fileName, byte[] content) {
        // The preview shows the file now; the upload is free for the corrected one.
        upload.clearFileList();
        try {
            show(queries.query(
                            new CheckActualsSheet(fileName, content), ResponseTypes.instanceOf(ActualsSheetCheck.class))
                    .join());
        } catch (RuntimeException failed) {
            clear();
            Refusals.couldNotLoad("the file\u2019s check");
        }
    }

    private void show(ActualsSheetCheck check) {
        this.checked = check;
        fileProblems.removeAll();
        check.fileProblems().forEach(problem -> fileProblems.add(new ListItem(ActualsPreviewGrid.sentence(problem))));
        preview.show(check, locale());
        long invalid = check.rows().stream().filter(row -> !row.isValid()).count();
        if (check.isImportable()) {
            summary.setText(check.rows().size() + (check.rows().size() == 1 ? " row" : " rows")
                    + ", every one ready to record.");
        } else if (check.rows().isEmpty()) {
            summary.setText("Nothing in this file can be imported.");
        } else {
            summary.setText(invalid + " of " + check.rows().size() + " rows have problems. Correct the file and "
                    + "upload it again: nothing is recorded until every row can be.");
        }
        importButton.setEnabled(check.isImportable());
    }

    private void importAll() {
        if (checked == null || !checked.isImportable()) {
            return;
        }
        int rows = checked.rows().size();
        boolean recorded =
                Refusals.attempt(() -> commands.sendAndWait(new ImportActuals(checked.lines(), currentUser.actor())));
        if (recorded) {
            clear();
            upload.clearFileList();
            summary.setText(rows + (rows == 1 ? " month" : " months") + " of actuals recorded.");
            Refusals.done(rows + (rows == 1 ? " month" : " months") + " of actuals recorded");
        }
    }

    private void clear() {
        checked = null;
        preview.clear();
        fileProblems.removeAll();
        summary.setText("");
        importButton.setEnabled(false);
    }

    private Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.UK : ui.getLocale();
    }
}
