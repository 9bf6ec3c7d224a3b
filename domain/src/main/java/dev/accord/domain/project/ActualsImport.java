package dev.accord.domain.project;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.project.api.ActualsLine;
import dev.accord.domain.project.api.ImportActuals;
import dev.accord.domain.shared.InvalidInputException;
import java.util.List;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Actuals from a spreadsheet: each line is sent to its project as the importer's own {@code RecordActuals}, so the
 * project's rules (who may record actuals, which months, which metrics, which currency) decide exactly as when the
 * month is typed, line by line.
 *
 * <p>All or nothing, because every line is handled inside this command's unit of work. The command bus handles a
 * command on the thread that sends it, so each line's unit of work is nested in this one: Axon hands the events a
 * nested unit of work applies to its parent when it commits, keeps each project it loaded (with those events
 * applied) for the next line of that project, and its transaction joins this command's. Nothing reaches the event
 * store until this unit of work commits, in one transaction; when any line is refused, the exception leaves this
 * handler, the unit of work rolls back and the events of the lines before it are dropped with it. A race with
 * someone recording at the same moment ends the same way: the append meets the event table's unique key and the
 * whole import is refused (or retried by the gateway, on fresh state, as a whole).
 */
public class ActualsImport {

    private final CommandBus commandBus;

    public ActualsImport(CommandBus commandBus) {
        this.commandBus = commandBus;
    }

    /** Returns how many months were recorded. */
    @CommandHandler
    public int handle(ImportActuals command, MetaData metaData) {
        JointApproval.checkActsForASide(command.actor(), "record actuals");
        List<ActualsLine> lines = command.lines();
        if (lines.isEmpty()) {
            throw new InvalidInputException("lines", "The file holds no actuals to import");
        }
        if (lines.size() > ImportActuals.MAX_LINES) {
            throw new InvalidInputException(
                    "lines", "A file may hold at most " + ImportActuals.MAX_LINES + " months of actuals; split it");
        }
        for (int i = 0; i < lines.size(); i++) {
            ActualsLine line = lines.get(i);
            try {
                record(line, metaData, command);
            } catch (InvalidInputException refused) {
                throw new InvalidInputException(
                        "lines[" + i + "]." + refused.field(), "Row " + line.row() + ": " + refused.getMessage());
            }
        }
        return lines.size();
    }

    /**
     * Sends one line with the import's own metadata (the signed-in user it was stamped with), so the application's
     * check that a command acts for the signed-in user runs for every line too.
     */
    private void record(ActualsLine line, MetaData metaData, ImportActuals command) {
        FutureCallback<Object, Object> result = new FutureCallback<>();
        commandBus.dispatch(
                GenericCommandMessage.asCommandMessage(line.recordedBy(command.actor()))
                        .andMetaData(metaData),
                result);
        if (!result.isDone() || !CurrentUnitOfWork.isStarted()) {
            // A bus that hands commands to other threads would commit each line on its own: refuse to pretend.
            throw new IllegalStateException("Importing actuals needs a command bus that handles commands on the "
                    + "thread that sends them, inside the import's unit of work");
        }
        CommandResultMessage<?> outcome = result.getResult();
        if (outcome.isExceptional()) {
            Throwable refusal = outcome.exceptionResult();
            if (refusal instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(refusal);
        }
    }
}
