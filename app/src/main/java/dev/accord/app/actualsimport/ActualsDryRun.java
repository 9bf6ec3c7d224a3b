package dev.accord.app.actualsimport;

import dev.accord.domain.project.api.ActualsProblem;
import dev.accord.domain.project.api.ActualsSheetRow;
import dev.accord.domain.project.api.ImportActuals;
import dev.accord.domain.project.api.RecordActuals;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotPermittedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Asks the ledger itself whether it would record each row, recording nothing: every readable row is sent as the
 * signed-in user's RecordActuals, exactly as the import will send it (the gateway's interceptors stamp who is signed
 * in), inside one unit of work and transaction that are then rolled back. The project's own rules answer, so the
 * preview can never disagree with the import: which months, which metrics, the currency, the project's state, and
 * who may record actuals. Rows are tried in the file's order and a project's later rows see its earlier ones, as in
 * the import. Events a row applies never leave the unit of work: Axon appends them only when the outermost unit of
 * work commits, and this one never does.
 */
@Component
class ActualsDryRun {

    private static final Pattern BENEFIT = Pattern.compile("benefits\\[(\\d+)].*");

    private final CommandBus commandBus;
    private final List<MessageDispatchInterceptor<? super CommandMessage<?>>> stamps;
    private final TransactionManager transactions;

    ActualsDryRun(
            CommandBus commandBus,
            Optional<List<MessageDispatchInterceptor<? super CommandMessage<?>>>> stamps,
            TransactionManager transactions) {
        this.commandBus = commandBus;
        this.stamps = stamps.orElse(List.of());
        this.transactions = transactions;
    }

    /** The rows again, each with what the ledger said about it added to its problems. */
    List<ActualsSheetRow> check(List<ActualsSheetRow> rows, Actor actor) {
        List<ActualsSheetRow> checked = new ArrayList<>();
        UnitOfWork<?> trial = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(new ImportActuals(
                rows.stream()
                        .filter(ActualsSheetRow::isValid)
                        .map(ActualsSheetRow::line)
                        .toList(),
                actor)));
        trial.attachTransaction(transactions);
        try {
            for (ActualsSheetRow row : rows) {
                checked.add(row.isValid() ? tried(row, actor) : row);
            }
        } finally {
            trial.rollback();
        }
        return checked;
    }

    private ActualsSheetRow tried(ActualsSheetRow row, Actor actor) {
        RecordActuals command = row.line().recordedBy(actor);
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        for (MessageDispatchInterceptor<? super CommandMessage<?>> stamp : stamps) {
            message = (CommandMessage<?>) stamp.handle(message);
        }
        FutureCallback<Object, Object> result = new FutureCallback<>();
        commandBus.dispatch(message, result);
        CommandResultMessage<?> outcome = result.getResult();
        if (!outcome.isExceptional()) {
            return row;
        }
        Throwable refusal = outcome.exceptionResult();
        ActualsProblem problem;
        if (refusal instanceof InvalidInputException invalid) {
            problem = new ActualsProblem(row.row(), column(invalid.field(), row), invalid.getMessage());
        } else if (refusal instanceof NotPermittedException
                || refusal instanceof ConflictException
                || refusal instanceof dev.accord.domain.shared.NotFoundException
                || refusal instanceof AggregateNotFoundException) {
            problem = new ActualsProblem(row.row(), ActualsColumns.PROJECT, refusal.getMessage());
        } else if (refusal instanceof RuntimeException unexpected) {
            throw unexpected;
        } else {
            throw new IllegalStateException(refusal);
        }
        List<ActualsProblem> problems = new ArrayList<>(row.problems());
        problems.add(problem);
        return new ActualsSheetRow(
                row.row(),
                row.project(),
                row.projectId(),
                row.projectTitle(),
                row.period(),
                row.spend(),
                row.benefits(),
                problems);
    }

    /** The sheet's column a field of RecordActuals came from. */
    private static String column(String field, ActualsSheetRow row) {
        if (field.equals("period") || field.equals("businessDate")) {
            return ActualsColumns.MONTH;
        }
        if (field.startsWith("spend")) {
            return ActualsColumns.SPEND;
        }
        Matcher benefit = BENEFIT.matcher(field);
        if (benefit.matches()
                && Integer.parseInt(benefit.group(1)) < row.benefits().size()) {
            return row.benefits().get(Integer.parseInt(benefit.group(1))).metric();
        }
        if (field.startsWith("benefits") && !row.benefits().isEmpty()) {
            return row.benefits().get(0).metric();
        }
        return ActualsColumns.PROJECT;
    }
}
