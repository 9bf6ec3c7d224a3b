package dev.accord.ui.project;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import dev.accord.domain.shared.LedgerCurrency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proposal form checks what the ledger checks, beside each field, before anything is sent. */
class ProposalFormTest {

    private ProposalForm form;
    private final List<ProposalDraft> submitted = new ArrayList<>();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        form = new ProposalForm(new LedgerCurrency("CHF"), List.of("Finance", "Operations"), 2027);
        UI.getCurrent().add(form);
        form.addSubmitListener(event -> submitted.add(event.draft()));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void anEmptyProposalIsExplainedBesideEachFieldAndNotSubmitted() {
        form.submit();
        assertThat(form.title.isInvalid()).isTrue();
        assertThat(form.title.getErrorMessage()).isEqualTo("Title is required");
        assertThat(form.amount.isInvalid()).isTrue();
        assertThat(form.amount.getErrorMessage()).isEqualTo("Amount is required");
        assertThat(submitted).isEmpty();
    }

    @Test
    void amountsFollowTheLedgersRules() {
        form.title.setValue("ERP upgrade");
        form.amount.setValue(new BigDecimal("-1"));
        form.submit();
        assertThat(form.amount.getErrorMessage()).isEqualTo("Amount must be greater than zero");
        form.amount.setValue(new BigDecimal("10.001"));
        form.submit();
        assertThat(form.amount.getErrorMessage()).isEqualTo("Amount must have at most two decimal places");
        assertThat(submitted).isEmpty();
    }

    @Test
    void theLedgersCurrencyIsTheOneOfferedAndThisYearTheOneChosen() {
        assertThat(_get(form, com.vaadin.flow.component.html.Span.class, spec -> spec.withId("proposal-currency"))
                        .getText())
                .isEqualTo("CHF");
        assertThat(form.fiscalYear.getValue()).isEqualTo(2027);

        fillInTheEssentials();
        form.submit();

        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0).getCurrency()).isEqualTo("CHF");
        assertThat(submitted.get(0).getFiscalYear()).isEqualTo(2027);
    }

    @Test
    void aFullProposalIsSubmittedWithWhatWasTyped() {
        fillInTheEssentials();
        form.fiscalYear.setValue(2028);
        form.sponsor.setValue("COO");
        ComboBoxKt.selectByLabel(form.department, "Operations");
        add(form.processes, "order to cash");
        add(form.processes, "procure to pay");
        add(form.companyObjectives, "close the books in 5 days");
        add(form.itObjectives, "retire three custom modules");
        form.submit();

        assertThat(submitted).hasSize(1);
        ProposalDraft draft = submitted.get(0);
        assertThat(draft.getTitle()).isEqualTo("ERP upgrade");
        assertThat(draft.getAmount()).isEqualByComparingTo("120000");
        assertThat(draft.getFiscalYear()).isEqualTo(2028);
        assertThat(draft.getSponsor()).isEqualTo("COO");
        assertThat(draft.getDepartment()).isEqualTo("Operations");
        assertThat(draft.getProcessesImproved()).containsExactly("order to cash", "procure to pay");
        assertThat(draft.getCompanyObjectives()).containsExactly("close the books in 5 days");
        assertThat(draft.getItObjectives()).containsExactly("retire three custom modules");
    }

    @Test
    void anItemCanBeRemovedAgainAndOneTypedButNotAddedStillCounts() {
        fillInTheEssentials();
        add(form.processes, "order to cash");
        add(form.processes, "monthly close");
        _click(_find(form.processes, Button.class, spec -> spec.withClasses("list-item-remove"))
                .get(0));
        _get(form.processes, TextField.class).setValue("procure to pay");
        form.submit();

        assertThat(submitted.get(0).getProcessesImproved()).containsExactly("monthly close", "procure to pay");
    }

    @Test
    void aDepartmentNotNamedBeforeCanBeTyped() {
        fillInTheEssentials();
        ComboBoxKt._fireCustomValueSet(form.department, " Customer service ");
        form.submit();

        assertThat(submitted.get(0).getDepartment()).isEqualTo("Customer service");
    }

    @Test
    void aYearOutsideTheLedgersCalendarIsExplained() {
        fillInTheEssentials();
        form.fiscalYear.setValue(1999);
        form.submit();

        assertThat(form.fiscalYear.getErrorMessage()).isEqualTo("The year must be between 2000 and 2100");
        assertThat(submitted).isEmpty();
    }

    @Test
    void aListItemLongerThanALineIsExplainedBesideTheList() {
        fillInTheEssentials();
        add(form.companyObjectives, "margin");
        add(form.companyObjectives, "x".repeat(201));
        form.submit();

        assertThat(form.companyObjectives.getErrorMessage()).isEqualTo("Item 2: At most 200 characters");
        assertThat(submitted).isEmpty();
    }

    @Test
    void aServerRefusalAppearsBesideTheFieldItNames() {
        assertThat(form.showProblem("requestedBudget.currency", "The ledger keeps its figures in CHF, not EUR"))
                .isTrue();
        assertThat(form.amount.isInvalid()).isTrue();
        assertThat(form.amount.getErrorMessage()).isEqualTo("The ledger keeps its figures in CHF, not EUR");
        assertThat(form.showProblem("department", "Department: At most 200 characters"))
                .isTrue();
        assertThat(form.department.isInvalid()).isTrue();
        assertThat(form.showProblem("itObjectives[3]", "At most 200 characters"))
                .isTrue();
        assertThat(form.itObjectives.isInvalid()).isTrue();
        assertThat(form.showProblem("somethingElse", "?")).isFalse();
    }

    private void fillInTheEssentials() {
        form.title.setValue("ERP upgrade");
        form.amount.setValue(new BigDecimal("120000.00"));
    }

    /** Types an item and adds it with the button. */
    private static void add(ListField list, String item) {
        _get(list, TextField.class).setValue(item);
        _click(_get(list, Button.class, spec -> spec.withId(list.getId().orElseThrow() + "-add")));
    }
}
