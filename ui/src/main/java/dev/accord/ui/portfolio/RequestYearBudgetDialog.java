package dev.accord.ui.portfolio;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.RequestYearBudget;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.Refusals;
import java.util.Locale;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Asks both sides to set the fiscal year's IT budget: an amount in the ledger's currency and the reason. The domain
 * checks the amount (and that it carries what approved projects already hold); its words appear beside the field.
 */
class RequestYearBudgetDialog extends Dialog {

    private final BigDecimalField amount = new BigDecimalField("IT budget");
    private final TextArea reason = new TextArea("Why");

    RequestYearBudgetDialog(PortfolioSummary year, CommandGateway commands, CurrentUser currentUser, Locale locale) {
        String currency = year.allocated().currency();
        setHeaderTitle("Request the " + year.fiscalYear() + " IT budget");
        setWidth("min(34rem, 95vw)");
        amount.setId("year-budget-amount");
        amount.setSuffixComponent(new Span(currency));
        amount.setRequiredIndicatorVisible(true);
        amount.setValue(year.budget() == null ? null : year.budget().amount());
        reason.setId("year-budget-reason");
        reason.setWidthFull();
        FormLayout form = new FormLayout(amount, reason);
        form.setColspan(reason, 2);
        add(
                new Paragraph("Takes effect once one member of Finance and one of IT, neither of them you, approve "
                        + "it. Approved projects hold " + Formats.money(year.allocated(), locale) + " of the year."),
                form);

        Button request = new Button("Request", click -> {
            if (amount.getValue() == null) {
                amount.setErrorMessage("Give the budget you ask for");
                amount.setInvalid(true);
                return;
            }
            try {
                commands.sendAndWait(new RequestYearBudget(
                        year.fiscalYear(),
                        UUID.randomUUID(),
                        new Money(amount.getValue(), currency),
                        reason.getValue(),
                        currentUser.actor()));
                Refusals.done("Requested: one member of each side can now approve it");
                close();
            } catch (InvalidInputException refused) {
                HasValidation field = refused.field().startsWith("budget") ? amount : reason;
                field.setErrorMessage(refused.getMessage());
                field.setInvalid(true);
            } catch (ConflictException tooLowOrAlreadyAwaiting) {
                amount.setErrorMessage(tooLowOrAlreadyAwaiting.getMessage());
                amount.setInvalid(true);
            } catch (NotPermittedException refused) {
                Refusals.show(refused.getMessage());
            }
        });
        request.setId("year-budget-submit");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), request);
    }
}
