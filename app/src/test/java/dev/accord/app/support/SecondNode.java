package dev.accord.app.support;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import dev.accord.app.AccordApplication;
import dev.accord.app.database.DatabaseAccess;
import dev.accord.app.database.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second node beside the shared test application: another Accord on the same database (the shared context's
 * embedded PostgreSQL, or the server CI names in SPRING_DATASOURCE_URL, which this one then reads from the
 * environment too), with the same checkpoint key, as two nodes of one deployment would be.
 * <p>
 * Both run in one JVM, where Spring Security's SecurityContextHolder is static: the second one is handed the first
 * one's Vaadin-aware strategy instead of installing its own, so that each request's sign-in stays visible to the
 * application that serves it while both run.
 */
public final class SecondNode {

    private SecondNode() {}

    public static SecondAccord beside(ApplicationContext first, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--accord.data-dir=" + scratchDirectory(),
                "--accord.integrity.signing-key-file=" + signingKeyOf(first),
                // As the shared context: overdue reviews of the demo history fall due only when a test says so.
                "--db-scheduler.polling-interval=1h",
                "--server.forward-headers-strategy=native"));
        EmbeddedDatabase embedded =
                first.getBeanProvider(EmbeddedDatabase.class).getIfAvailable();
        if (embedded != null) {
            DatabaseAccess runtime = embedded.access();
            DatabaseAccess owner = embedded.ownerAccess();
            args.addAll(List.of(
                    "--spring.datasource.url=" + runtime.jdbcUrl(),
                    "--spring.datasource.username=" + runtime.username(),
                    "--spring.datasource.password=" + runtime.password(),
                    "--accord.database.owner.user=" + owner.username(),
                    "--accord.database.owner.password=" + owner.password()));
        }
        args.addAll(List.of(more));
        SpringApplication application = new SpringApplication(AccordApplication.class);
        VaadinAwareSecurityContextHolderStrategy signIns =
                first.getBean(VaadinAwareSecurityContextHolderStrategy.class);
        application.addInitializers((ConfigurableApplicationContext context) ->
                context.getBeanFactory().registerSingleton("VaadinSecurityContextHolderStrategy", signIns));
        return new SecondAccord(application, args.toArray(String[]::new));
    }

    /** The base URL of an application's web server. */
    public static String baseUrl(ApplicationContext context) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }

    private static Path signingKeyOf(ApplicationContext first) {
        String configured = first.getEnvironment().getProperty("accord.integrity.signing-key-file");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(first.getEnvironment().getRequiredProperty("accord.data-dir"))
                        .resolve("checkpoint-signing.key");
    }

    private static Path scratchDirectory() {
        try {
            return Files.createTempDirectory("accord-second-node-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
