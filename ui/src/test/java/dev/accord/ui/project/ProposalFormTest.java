package dev.accord.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
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
        form = new ProposalForm();
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
    void aValidProposalIsSubmittedWithWhatWasTyped() {
        form.title.setValue("ERP upgrade");
        form.description.setValue("Current release");
        form.amount.setValue(new BigDecimal("120000.00"));
        form.submit();
        assertThat(submitted).hasSize(1);
        assertThat(submitted.get(0).getTitle()).isEqualTo("ERP upgrade");
        assertThat(submitted.get(0).getAmount()).isEqualByComparingTo("120000");
        assertThat(submitted.get(0).getCurrency()).isEqualTo("EUR");
    }

    @Test
    void aServerRefusalAppearsBesideTheFieldItNames() {
        assertThat(form.showProblem("requestedBudget.currency", "This ledger keeps EUR"))
                .isTrue();
        assertThat(form.currency.isInvalid()).isTrue();
        assertThat(form.currency.getErrorMessage()).isEqualTo("This ledger keeps EUR");
        assertThat(form.showProblem("somethingElse", "?")).isFalse();
    }
}
