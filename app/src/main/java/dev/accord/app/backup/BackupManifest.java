package dev.accord.app.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds, written as manifest.json beside the tables' rows: enough to restore them exactly and to
 * check that nothing was lost or changed on the way.
 *
 * @param format         {@link #FORMAT}; a restore refuses any other
 * @param takenAt        when the snapshot was taken
 * @param schemaVersion  the Flyway version of the schema the rows fit; a restore migrates an empty database to it
 * @param events         how many events the ledger held, and the last global index, for the operator's eye
 * @param tables         every table but Flyway's history, parents before children (as they are restored)
 * @param sequences      each sequence's position, so that new rows continue after the restored ones
 */
public record BackupManifest(
        String format,
        Instant takenAt,
        String postgresVersion,
        String schemaVersion,
        Events events,
        List<Table> tables,
        List<Sequence> sequences) {

    public static final String FORMAT = "accord-backup/1";
    public static final String FILE_NAME = "manifest.json";

    /** @param file its rows in PostgreSQL's COPY text format; sha256 of exactly those bytes */
    public record Table(String name, List<String> columns, long rows, String file, String sha256) {}

    public record Sequence(String name, long lastValue, boolean isCalled) {}

    public record Events(long count, Long lastGlobalIndex) {}
}
