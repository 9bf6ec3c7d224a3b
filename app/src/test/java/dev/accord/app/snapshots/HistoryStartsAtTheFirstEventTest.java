package dev.accord.app.snapshots;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

/**
 * Only Axon's repository may read an aggregate from its snapshot: {@code EventStore.readEvents(id)} starts at the
 * latest snapshot, so a view of the past, a report, a proof or a verification that called it would silently begin in
 * the middle of the history. Accord's own readers call {@code readEvents(id, 0)}, read the global stream, or read the
 * event table itself.
 */
class HistoryStartsAtTheFirstEventTest {

    private final JavaClasses accord = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.accord");

    @Test
    void noReaderOfAccordsStartsAtASnapshot() {
        noClasses()
                .should()
                .callMethod(EventStore.class, "readEvents", String.class)
                .orShould()
                .callMethod(EventStorageEngine.class, "readSnapshot", String.class)
                .because("a snapshot stands in for the first events only when a command loads its aggregate")
                .check(accord);
    }
}
