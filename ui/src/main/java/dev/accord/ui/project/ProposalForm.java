package dev.accord.ui.project;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.accord.domain.project.api.ProposalRules;
import dev.accord.domain.shared.Money;
import dev.accord.ui.base.Problems;
import java.util.Currency;
import java.util.Map;

/** The fields of a project proposal, validated by the same rules the ledger applies. */
public class ProposalForm extends FormLayout {

    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    final BigDecimalField amount = new BigDecimalField("Requested budget");
    final ComboBox<String> currency = new ComboBox<>("Currency");

    private final Binder<ProposalDraft> binder = new Binder<>(ProposalDraft.class);
    private final ProposalDraft draft = new ProposalDraft();

    public ProposalForm() {
        title.setId("proposal-title");
        title.setMaxLength(ProposalRules.TITLE_MAX_LENGTH + 1); // one over, so the rule can say why
        title.setRequiredIndicatorVisible(true);
        description.setId("proposal-description");
        description.setMaxHeight("12em");
        amount.setId("proposal-amount");
        amount.setRequiredIndicatorVisible(true);
        currency.setId("proposal-currency");
        currency.setItems(Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .sorted()
                .toList());

        binder.forField(title)
                .withValidator(Problems.asValidator(ProposalRules::titleProblem))
                .bind(ProposalDraft::getTitle, ProposalDraft::setTitle);
        binder.forField(description)
                .withValidator(Problems.asValidator(ProposalRules::descriptionProblem))
                .bind(ProposalDraft::getDescription, ProposalDraft::setDescription);
        binder.forField(amount)
                .withValidator(Problems.asValidator(Money::amountProblem))
                .bind(ProposalDraft::getAmount, ProposalDraft::setAmount);
        binder.forField(currency)
                .withValidator(Problems.asValidator(Money::currencyProblem))
                .bind(ProposalDraft::getCurrency, ProposalDraft::setCurrency);
        binder.readBean(draft);

        add(title, amount, currency, description);
        setColspan(title, 2);
        setColspan(description, 2);
    }

    /** Validates; on success fires a {@link SubmitEvent} with the draft. */
    public void submit() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SubmitEvent(this, draft));
        }
    }

    /** Shows a refusal from the server beside the field it names (e.g. "requestedBudget.amount"). */
    public boolean showProblem(String field, String message) {
        Map<String, HasValidation> fields = Map.of(
                "title", title,
                "description", description,
                "requestedBudget.amount", amount,
                "requestedBudget.currency", currency);
        HasValidation target = fields.get(field);
        if (target == null) {
            return false;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
        return true;
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public static class SubmitEvent extends ComponentEvent<ProposalForm> {
        private final ProposalDraft draft;

        SubmitEvent(ProposalForm source, ProposalDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public ProposalDraft draft() {
            return draft;
        }
    }
}
