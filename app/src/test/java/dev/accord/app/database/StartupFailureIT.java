package dev.accord.app.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.accord.app.AccordApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Mistakes an operator can make end start-up with a sentence saying what is wrong and what to do. */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureIT {

    @TempDir
    Path tmp;

    @Test
    void anUnreachableExternalDatabaseIsReportedInOneSentence(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(
                        AccordApplication.class,
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/accord",
                        "--spring.datasource.username=accord",
                        "--accord.database.owner.user=",
                        "--server.port=0",
                        "--spring.datasource.hikari.connection-timeout=2000"))
                .isNotNull();
        assertThat(output)
                .contains("Cannot connect to the PostgreSQL database at jdbc:postgresql://127.0.0.1:1/accord")
                .contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void anUnusableDataDirectoryIsReportedInOneSentence(CapturedOutput output) throws Exception {
        Path aFile = Files.writeString(tmp.resolve("file"), "x");
        assertThatThrownBy(() -> SpringApplication.run(
                        AccordApplication.class,
                        "--accord.data-dir=" + aFile.resolve("data"),
                        "--spring.datasource.url=",
                        "--server.port=0"))
                .isNotNull();
        assertThat(output)
                .contains("Data directory " + aFile.resolve("data") + " cannot be used")
                .contains("ACCORD_DATA_DIR");
    }
}
