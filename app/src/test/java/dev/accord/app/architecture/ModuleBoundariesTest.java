package dev.accord.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the direction of the modules: domain knows no framework but Axon's annotations, the ui reaches the rest
 * only through Axon's gateways, and only the application wires persistence.
 */
class ModuleBoundariesTest {

    private static JavaClasses accord;

    @BeforeAll
    static void importAccord() {
        accord = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.accord");
    }

    @Test
    void theDomainUsesNoSpringNoSqlNoVaadin() {
        noClasses()
                .that()
                .resideInAPackage("dev.accord.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "com.vaadin..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta.persistence..",
                        "org.hibernate..",
                        "org.postgresql..")
                .check(accord);
    }

    @Test
    void theDomainDoesNotReachOutward() {
        noClasses()
                .that()
                .resideInAPackage("dev.accord.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.accord.ui..", "dev.accord.app..")
                .check(accord);
    }

    @Test
    void theUiNeverReachesTheApplicationOrItsPersistence() {
        noClasses()
                .that()
                .resideInAPackage("dev.accord.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.accord.app..",
                        "org.springframework.jdbc..",
                        "java.sql..",
                        "javax.sql..",
                        "org.flywaydb..",
                        "org.axonframework.eventsourcing..",
                        "org.axonframework.modelling..")
                .check(accord);
    }

    @Test
    void commandHandlersAndEventSourcingLiveInTheDomain() {
        methods()
                .that()
                .areAnnotatedWith(org.axonframework.commandhandling.CommandHandler.class)
                .or()
                .areAnnotatedWith(org.axonframework.eventsourcing.EventSourcingHandler.class)
                .should()
                .beDeclaredInClassesThat()
                .resideInAPackage("dev.accord.domain..")
                .check(accord);
    }

    @Test
    void projectionsAndQueryHandlersLiveInTheApplication() {
        methods()
                .that()
                .areAnnotatedWith(org.axonframework.eventhandling.EventHandler.class)
                .or()
                .areAnnotatedWith(org.axonframework.queryhandling.QueryHandler.class)
                .should()
                .beDeclaredInClassesThat()
                .resideInAPackage("dev.accord.app..")
                .check(accord);
    }
}
