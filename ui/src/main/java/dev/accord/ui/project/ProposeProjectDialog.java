package dev.accord.ui.project;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.accord.domain.ledger.api.FindLedgerSettings;
import dev.accord.domain.ledger.api.LedgerSettings;
import dev.accord.domain.project.api.FindDepartments;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.ui.base.CurrentUser;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Puts a new project on the table, in the ledger's currency, for this fiscal year unless another is chosen. */
class ProposeProjectDialog extends Dialog {

    private final ProposalForm form;

    ProposeProjectDialog(CommandGateway commands, QueryGateway queries, CurrentUser currentUser) {
        LedgerSettings ledger = queries.query(new FindLedgerSettings(), ResponseTypes.instanceOf(LedgerSettings.class))
                .join();
        form = new ProposalForm(
                ledger.currency(),
                queries.query(new FindDepartments(), ResponseTypes.multipleInstancesOf(String.class))
                        .join(),
                LocalDate.now(ZoneOffset.UTC).getYear());
        setHeaderTitle("Propose a project");
        setWidth("min(52rem, 95vw)");
        add(form);

        Button propose = new Button("Propose", click -> form.submit());
        propose.setId("proposal-submit");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickShortcut(Key.ENTER).listenOn(form);
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, propose);

        form.addSubmitListener(submitted -> {
            ProposalDraft draft = submitted.draft();
            try {
                commands.sendAndWait(new ProposeProject(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        draft.getTitle(),
                        draft.getDescription(),
                        draft.getSponsor(),
                        draft.getProcessesImproved(),
                        draft.getCompanyObjectives(),
                        draft.getItObjectives(),
                        new Money(draft.getAmount(), draft.getCurrency()),
                        draft.getFiscalYear(),
                        currentUser.actor(),
                        draft.getDepartment()));
                Notification.show(
                                "Proposed \u201c" + draft.getTitle().strip() + "\u201d",
                                3000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                close();
            } catch (InvalidInputException refused) {
                if (!form.showProblem(refused.field(), refused.getMessage())) {
                    error(refused.getMessage());
                }
            } catch (NotPermittedException refused) {
                error(refused.getMessage());
            }
        });
    }

    private static void error(String message) {
        Notification.show(message, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
