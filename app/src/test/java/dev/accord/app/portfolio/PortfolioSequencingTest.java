package dev.accord.app.portfolio;

import dev.accord.domain.portfolio.api.BudgetAllocated;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import dev.accord.domain.shared.Side;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The portfolio projection may take different projects and years side by side, but never a project's out of turn. */
class PortfolioSequencingTest {

    private final PortfolioSequencing sequencing = new PortfolioSequencing();
    private final UUID projectId = UUID.randomUUID();
    private final Actor finn = new Actor("finn", "Finn Berg", Side.FINANCE);

    @Test
    void anAllocationIsInOrderWithItsProjectNotWithItsYear() {
        Object project = sequencing.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Project", projectId.toString(), 0, "the proposal"));
        Object allocation = sequencing.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Portfolio", "2027", 4,
                new BudgetAllocated(2027, projectId, UUID.randomUUID(), Money.of("0", "EUR"),
                        Money.of("1000", "EUR"), Money.of("5000", "EUR"), finn)));
        Object year = sequencing.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Portfolio", "2027", 5, "the year's budget"));

        assertThat(allocation).isEqualTo(project).isNotEqualTo(year);
    }

    @Test
    void twoProjectsMayBeHandledSideBySide() {
        assertThat(sequencing.getSequenceIdentifierFor(
                new GenericDomainEventMessage<>("Project", projectId.toString(), 3, "a comment")))
                .isNotEqualTo(sequencing.getSequenceIdentifierFor(
                        new GenericDomainEventMessage<>("Project", UUID.randomUUID().toString(), 3, "a comment")));
    }
}
