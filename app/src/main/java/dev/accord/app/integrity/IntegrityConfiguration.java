package dev.accord.app.integrity;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The checkpoint key and where checkpoints go; the signing and verifying run on Spring's scheduler. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(IntegritySettings.class)
class IntegrityConfiguration {

    static final String KEY_FILE_NAME = "checkpoint-signing.key";

    @Bean
    CheckpointKey checkpointKey(
            IntegritySettings settings, @Value("${accord.data-dir}") Path dataDirectory, IntegrityLog log) {
        Path file =
                settings.signingKeyFile() != null ? settings.signingKeyFile() : dataDirectory.resolve(KEY_FILE_NAME);
        return CheckpointKeyFile.readOrCreate(file, settings.origin(), log.latestCheckpoint());
    }

    @Bean
    CheckpointPush checkpointPush(IntegritySettings settings) {
        return new CheckpointPush(settings.checkpointPush());
    }
}
