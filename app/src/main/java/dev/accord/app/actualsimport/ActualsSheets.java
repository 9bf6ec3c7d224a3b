package dev.accord.app.actualsimport;

import dev.accord.app.api.SignedIn;
import dev.accord.domain.project.api.ActualsProblem;
import dev.accord.domain.project.api.ActualsSheetCheck;
import dev.accord.domain.project.api.ActualsSheetRow;
import dev.accord.domain.project.api.CheckActualsSheet;
import dev.accord.domain.project.api.ImportActuals;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A spreadsheet of actuals checked from end to end for the signed-in user: read, its columns found, each row read
 * into the actuals it would record, and every readable row tried by the ledger in a dry run. The API's preview and
 * the browser's both ask here, and the API's import checks here first, so all three show the same problems.
 */
@Component
class ActualsSheets {

    private final ProjectNames projectNames;
    private final ActualsDryRun dryRun;
    private final String currency;

    ActualsSheets(ProjectNames projectNames, ActualsDryRun dryRun, @Value("${accord.currency}") String currency) {
        this.projectNames = projectNames;
        this.dryRun = dryRun;
        this.currency = currency;
    }

    @QueryHandler
    ActualsSheetCheck handle(CheckActualsSheet query) {
        return check(query.fileName(), query.content());
    }

    ActualsSheetCheck check(String fileName, byte[] content) {
        List<SheetRow> sheet;
        try {
            sheet = SheetFiles.read(fileName, content);
        } catch (UnreadableSheetException unreadable) {
            return ActualsSheetCheck.unreadable(new ActualsProblem(0, "file", unreadable.getMessage()));
        }
        if (sheet.isEmpty()) {
            return ActualsSheetCheck.unreadable(new ActualsProblem(1, "file", "The file holds no rows"));
        }
        ActualsColumns columns = ActualsColumns.of(sheet.get(0));
        List<SheetRow> body = sheet.subList(1, sheet.size());
        if (!columns.problems().isEmpty()) {
            return new ActualsSheetCheck(columns.metrics(), List.of(), columns.problems());
        }
        if (body.isEmpty()) {
            return ActualsSheetCheck.unreadable(
                    new ActualsProblem(2, "file", "The file has its header but no rows of actuals below it"));
        }
        if (body.size() > ImportActuals.MAX_LINES) {
            return new ActualsSheetCheck(
                    columns.metrics(),
                    List.of(),
                    List.of(new ActualsProblem(
                            0,
                            "file",
                            "A file may hold at most " + ImportActuals.MAX_LINES + " months of actuals; split it")));
        }
        ActualsRows rows = new ActualsRows(columns, projectNames.lookup(), currency);
        List<ActualsSheetRow> read = body.stream().map(rows::read).toList();
        return new ActualsSheetCheck(columns.metrics(), dryRun.check(read, SignedIn.actor()), List.of());
    }
}
