package dev.accord.app.integrity;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * accord.integrity.*: the signing key's file, the log's name, and where each new checkpoint is pushed for an auditor
 * to keep. (How often checkpoints are signed and the history verified, checkpoint-interval and verification-interval,
 * are read by the schedules of Checkpoints and HistoryVerification.)
 *
 * @param signingKeyFile   the Ed25519 key, made at the first start when absent (default: checkpoint-signing.key in
 *                         accord.data-dir); with several nodes, give them all the same file (a mounted secret)
 * @param origin           the log's name on its checkpoints and key, used when the key is made (default: "accord/"
 *                         and the first 8 hex digits of the new public key's SHA-256)
 * @param checkpointPush   a directory to write each new checkpoint into, or an http(s) URL to POST it to; empty: none
 */
@ConfigurationProperties("accord.integrity")
public record IntegritySettings(Path signingKeyFile, String origin, String checkpointPush) {}
