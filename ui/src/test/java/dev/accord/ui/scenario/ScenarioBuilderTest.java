package dev.accord.ui.scenario;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.accord.domain.portfolio.api.RankedProject;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.project.roi.CashFlowPlan;
import dev.accord.domain.scenario.api.SaveScenario;
import dev.accord.domain.scenario.api.ScenarioBasis;
import dev.accord.domain.scenario.api.ScenarioCandidate;
import dev.accord.domain.scenario.api.ScenarioProject;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.project.ProjectView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The scenario builder weighs the set as it is chosen and typed, with the domain's evaluation: total, what remains,
 * what fits; an amount the ledger would refuse is pointed at where it was typed, and saving sends the set as chosen.
 */
class ScenarioBuilderTest {

    private static final Actor FAY = new Actor("fay", "Fay Lund", Side.FINANCE);

    private final CommandGateway commands = mock(CommandGateway.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final List<UUID> saved = new ArrayList<>();
    private final ScenarioCandidate crm = candidate(
            1,
            "CRM",
            "400000",
            new CashFlowPlan(new BigDecimal("400000"), BigDecimal.ZERO, new BigDecimal("200000"), 3));
    private final ScenarioCandidate lab = candidate(2, "Innovation lab", "500000", null);

    @BeforeEach
    void setUp() {
        // The rows link to each project's page, so its route must be known.
        MockVaadin.setup(new Routes(new HashSet<>(Set.of(ProjectView.class)), new HashSet<>(), true));
        when(currentUser.actsForASide()).thenReturn(true);
        when(currentUser.actor()).thenReturn(FAY);
        ScenarioBuilder builder = new ScenarioBuilder(commands, currentUser, Locale.UK, saved::add);
        UI.getCurrent().add(builder);
        builder.show(
                new ScenarioBasis(2027, "EUR", Money.of("800000", "EUR"), new BigDecimal("10"), List.of(crm, lab)));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aProjectTakenInComesAtItsBudgetNowAndTheFiguresFollowWhatIsTyped() {
        include(crm);
        assertThat(text("scenario-total")).isEqualTo("€400,000.00");
        assertThat(text("npv-" + crm.projectId())).isEqualTo("€97,370.40");

        include(lab);
        amount(lab).setValue(new BigDecimal("450000"));

        assertThat(text("scenario-total")).isEqualTo("€850,000.00");
        assertThat(text("scenario-remaining")).isEqualTo("-€50,000.00");
        assertThat(text("scenario-fit")).isEqualTo("1 of 2");
        assertThat(text("fits-" + lab.projectId())).isEqualTo("Does not fit");
    }

    @Test
    void anAmountTheLedgerWouldRefuseIsShownWhereItWasTyped() {
        include(crm);
        amount(crm).setValue(new BigDecimal("-1"));

        assertThat(amount(crm).isInvalid()).isTrue();
        assertThat(amount(crm).getErrorMessage()).isEqualTo("Amount must be greater than zero");
    }

    @Test
    void savingSendsTheSetAsChosenAndARefusedNameIsShownBesideIt() {
        include(crm);
        amount(crm).setValue(new BigDecimal("380000"));
        _get(TextField.class, spec -> spec.withId("scenario-name")).setValue("Lean");
        _get(Button.class, spec -> spec.withId("save-scenario")).click();

        ArgumentCaptor<SaveScenario> sent = ArgumentCaptor.forClass(SaveScenario.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue().name()).isEqualTo("Lean");
        assertThat(sent.getValue().projects())
                .containsExactly(new ScenarioProject(crm.projectId(), Money.of("380000", "EUR")));
        assertThat(sent.getValue().actor()).isEqualTo(FAY);
        assertThat(saved).containsExactly(sent.getValue().scenarioId());

        when(commands.sendAndWait(any())).thenThrow(new InvalidInputException("name", "Taken"));
        _get(Button.class, spec -> spec.withId("save-scenario")).click();
        TextField name = _get(TextField.class, spec -> spec.withId("scenario-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Taken");
    }

    private void include(ScenarioCandidate candidate) {
        _get(Checkbox.class, spec -> spec.withId("include-" + candidate.projectId()))
                .setValue(true);
    }

    private static BigDecimalField amount(ScenarioCandidate candidate) {
        return _get(BigDecimalField.class, spec -> spec.withId("amount-" + candidate.projectId()));
    }

    private static String text(String id) {
        return _get(Span.class, spec -> spec.withId(id)).getText();
    }

    private static ScenarioCandidate candidate(int rank, String title, String requested, CashFlowPlan plan) {
        Money budget = Money.of(requested, "EUR");
        RankedProject ranked = new RankedProject(
                rank,
                UUID.randomUUID(),
                title,
                ProjectStatus.PROPOSED,
                budget,
                Money.of("0", "EUR"),
                Money.of("0", "EUR"),
                null,
                null,
                null,
                true,
                null,
                null,
                null);
        return new ScenarioCandidate(ranked, budget, UUID.randomUUID(), plan);
    }
}
