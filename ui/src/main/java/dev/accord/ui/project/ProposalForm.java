package dev.accord.ui.project;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import dev.accord.domain.project.api.AssessmentQuestion;
import dev.accord.domain.project.api.ProposalRules;
import dev.accord.domain.shared.LedgerCalendar;
import dev.accord.domain.shared.LedgerCurrency;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Texts;
import dev.accord.ui.base.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a project proposal, validated by the same rules the ledger applies: what it asks for (in the
 * ledger's one currency) and for which year, who sponsors it and which department asks for it, and the processes
 * and objectives the four questions will ask about.
 */
public class ProposalForm extends FormLayout {

    final TextField title = new TextField("Title");
    final TextArea description = new TextArea("Description");
    final BigDecimalField amount = new BigDecimalField("Requested budget");
    final IntegerField fiscalYear = new IntegerField("Fiscal year");
    final TextField sponsor = new TextField("Sponsor");
    final ComboBox<String> department = new ComboBox<>("Requesting department");
    final ListField processes = new ListField("Processes it improves", "proposal-processes", "e.g. order to cash");
    final ListField companyObjectives =
            new ListField("Company objectives", "proposal-company-objectives", "e.g. close the books in 5 days");
    final ListField itObjectives =
            new ListField("IT objectives", "proposal-it-objectives", "e.g. retire the custom modules");

    private final Binder<ProposalDraft> binder = new Binder<>(ProposalDraft.class);
    private final ProposalDraft draft;
    private final List<String> departments;

    /**
     * @param ledger the currency every amount is kept in, the only one offered
     * @param knownDepartments the departments named so far, offered so that one department is spelt one way
     * @param thisYear the fiscal year offered first
     */
    public ProposalForm(LedgerCurrency ledger, List<String> knownDepartments, int thisYear) {
        draft = new ProposalDraft(ledger.code(), thisYear);
        departments = new ArrayList<>(knownDepartments);
        configureFields(ledger);
        bind();
        binder.readBean(draft);

        add(title, amount, fiscalYear, sponsor, department, description, processes, companyObjectives, itObjectives);
        setColspan(title, 2);
        setColspan(description, 2);
        setColspan(processes, 2);
    }

    private void configureFields(LedgerCurrency ledger) {
        title.setId("proposal-title");
        title.setMaxLength(ProposalRules.TITLE_MAX_LENGTH + 1); // one over, so the rule can say why
        title.setRequiredIndicatorVisible(true);
        description.setId("proposal-description");
        description.setMaxHeight("10em");
        amount.setId("proposal-amount");
        amount.setRequiredIndicatorVisible(true);
        Span currency = new Span(ledger.code());
        currency.setId("proposal-currency");
        amount.setSuffixComponent(currency);
        amount.setHelperText("In " + ledger.code() + ", the currency the ledger keeps every figure in");
        fiscalYear.setId("proposal-fiscal-year");
        fiscalYear.setStepButtonsVisible(true);
        fiscalYear.setRequiredIndicatorVisible(true);
        sponsor.setId("proposal-sponsor");
        sponsor.setMaxLength(Texts.LINE_MAX_LENGTH + 1);
        sponsor.setPlaceholder("e.g. COO");
        department.setId("proposal-department");
        department.setItems(departments);
        department.setAllowCustomValue(true);
        department.setClearButtonVisible(true);
        department.setHelperText("The portfolio totals its projects by department");
        // A department not named before becomes one of the choices, so that it can be chosen.
        department.addCustomValueSetListener(typed -> {
            String name = typed.getDetail().strip();
            if (!name.isEmpty() && !departments.contains(name)) {
                departments.add(name);
                department.setItems(departments);
            }
            department.setValue(name.isEmpty() ? null : name);
        });
        processes.setHelperText(feeds(AssessmentQuestion.PROCESS_DELIVERY));
        companyObjectives.setHelperText(feeds(AssessmentQuestion.LONG_TERM_OBJECTIVES));
        itObjectives.setHelperText(feeds(AssessmentQuestion.LONG_TERM_OBJECTIVES));
    }

    private void bind() {
        binder.forField(title)
                .withValidator(Problems.asValidator(ProposalRules::titleProblem))
                .bind(ProposalDraft::getTitle, ProposalDraft::setTitle);
        binder.forField(description)
                .withValidator(Problems.asValidator(ProposalRules::descriptionProblem))
                .bind(ProposalDraft::getDescription, ProposalDraft::setDescription);
        binder.forField(amount)
                .withValidator(Problems.asValidator(Money::amountProblem))
                .bind(ProposalDraft::getAmount, ProposalDraft::setAmount);
        binder.forField(fiscalYear)
                .withValidator(Problems.asValidator(year ->
                        year == null ? Optional.of("Choose the fiscal year") : LedgerCalendar.yearProblem(year)))
                .bind(ProposalDraft::getFiscalYear, ProposalDraft::setFiscalYear);
        binder.forField(sponsor)
                .withValidator(Problems.asValidator(Texts::lineProblem))
                .bind(ProposalDraft::getSponsor, ProposalDraft::setSponsor);
        binder.forField(department)
                .withValidator(Problems.asValidator(ProposalRules::departmentProblem))
                .bind(ProposalDraft::getDepartment, ProposalDraft::setDepartment);
        binder.forField(processes)
                .withValidator(Problems.asValidator(ProposalForm::listProblem))
                .bind(ProposalDraft::getProcessesImproved, ProposalDraft::setProcessesImproved);
        binder.forField(companyObjectives)
                .withValidator(Problems.asValidator(ProposalForm::listProblem))
                .bind(ProposalDraft::getCompanyObjectives, ProposalDraft::setCompanyObjectives);
        binder.forField(itObjectives)
                .withValidator(Problems.asValidator(ProposalForm::listProblem))
                .bind(ProposalDraft::getItObjectives, ProposalDraft::setItObjectives);
    }

    private static String feeds(AssessmentQuestion question) {
        return "The four questions ask: \u201c" + question.text() + "\u201d";
    }

    /** The first item the ledger would refuse, named by its place in the list, or too many items. */
    private static Optional<String> listProblem(List<String> items) {
        if (items.size() > Texts.LIST_MAX_SIZE) {
            return Optional.of("At most " + Texts.LIST_MAX_SIZE + " items");
        }
        for (int i = 0; i < items.size(); i++) {
            Optional<String> problem = Texts.lineProblem(items.get(i));
            if (problem.isPresent()) {
                return Optional.of("Item " + (i + 1) + ": " + problem.get());
            }
        }
        return Optional.empty();
    }

    /** Validates; on success fires a {@link SubmitEvent} with the draft. Items typed but not yet added count. */
    public void submit() {
        processes.addTyped();
        companyObjectives.addTyped();
        itObjectives.addTyped();
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SubmitEvent(this, draft));
        }
    }

    /**
     * Shows a refusal from the server beside the field it names (e.g. "requestedBudget.amount", or
     * "processesImproved[2]" for an item of a list).
     */
    public boolean showProblem(String field, String message) {
        Map<String, HasValidation> fields = Map.of(
                "title", title,
                "description", description,
                "requestedBudget.amount", amount,
                "requestedBudget.currency", amount,
                "fiscalYear", fiscalYear,
                "sponsor", sponsor,
                "department", department,
                "processesImproved", processes,
                "companyObjectives", companyObjectives,
                "itObjectives", itObjectives);
        HasValidation target = field == null ? null : fields.get(field.replaceFirst("\\[\\d+]$", ""));
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
