package dev.accord.domain.project.api;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ActorCommand;
import java.util.List;

/**
 * Records every line as the actor's {@link RecordActuals}, all of them or none: one line the ledger refuses leaves
 * every project as it was. The refusal names the line ({@code lines[i]...}) and its row in the sheet.
 */
public record ImportActuals(List<ActualsLine> lines, Actor actor) implements ActorCommand {

    /** The most lines one file may hold: a year of months for a large portfolio, read and checked in seconds. */
    public static final int MAX_LINES = 1_000;

    public ImportActuals {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
