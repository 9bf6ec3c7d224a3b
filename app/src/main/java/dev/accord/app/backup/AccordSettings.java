package dev.accord.app.backup;

import dev.accord.app.database.DatabaseAccess;
import dev.accord.app.database.OwnerRole;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The settings Accord itself would start with (application.properties, ACCORD_DATA_DIR, SPRING_DATASOURCE_URL,
 * --accord.data-dir=… and the rest, read by Spring Boot the same way), without starting Accord.
 */
record AccordSettings(
        Optional<DatabaseAccess> externalDatabase,
        Optional<DatabaseAccess> externalOwner,
        Path dataDirectory,
        String[] migrationLocations) {

    static AccordSettings from(String[] args) {
        try (ConfigurableApplicationContext nothing = new SpringApplicationBuilder(NothingToRun.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(args)) {
            Environment environment = nothing.getEnvironment();
            String url = environment.getProperty("spring.datasource.url", "");
            Optional<DatabaseAccess> external = url.isBlank()
                    ? Optional.empty()
                    : Optional.of(new DatabaseAccess(
                            url,
                            environment.getProperty("spring.datasource.username"),
                            environment.getProperty("spring.datasource.password")));
            return new AccordSettings(
                    external,
                    OwnerRole.configuredIn(environment),
                    Path.of(environment.getProperty("accord.data-dir", "./data")),
                    environment.getProperty(
                            "spring.flyway.locations", String[].class, new String[] {"classpath:db/migration"}));
        }
    }

    /** The command's own options (--to, --from) mean nothing to Spring; they are left out. */
    static String[] withoutOptions(String[] args, String... options) {
        return Arrays.stream(args)
                .filter(arg -> Arrays.stream(options).noneMatch(o -> arg.startsWith(o + "=")))
                .toArray(String[]::new);
    }

    static Optional<String> option(String[] args, String name) {
        return Arrays.stream(args)
                .filter(arg -> arg.startsWith(name + "="))
                .map(arg -> arg.substring(name.length() + 1))
                .findFirst();
    }

    /** An empty application context: only its environment is wanted. */
    static final class NothingToRun {}
}
