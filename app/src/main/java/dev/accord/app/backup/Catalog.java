package dev.accord.app.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What the ledger's schema holds, as PostgreSQL's catalog says: the tables, their columns, keys and sequences. */
final class Catalog {

    /** Flyway's own bookkeeping: a restore makes it by migrating, so it is not copied. */
    static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final Connection connection;

    Catalog(Connection connection) {
        this.connection = connection;
    }

    /** The ledger's tables in the connection's schema (public, unless the URL says otherwise), by name. */
    List<String> tables() throws SQLException {
        return strings("""
                SELECT relname FROM pg_class
                WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p') AND NOT relispartition
                  AND relname <> ?
                ORDER BY relname""", FLYWAY_HISTORY);
    }

    boolean isEmpty() throws SQLException {
        return strings("""
                SELECT relname FROM pg_class
                WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p', 'v', 'm', 'S')""").isEmpty();
    }

    void lockForReading(List<String> tables) throws SQLException {
        List<String> all = new ArrayList<>(tables);
        all.add(FLYWAY_HISTORY);
        try (Statement sql = connection.createStatement()) {
            sql.execute("LOCK TABLE " + quoted(all) + " IN ACCESS SHARE MODE");
        }
    }

    List<String> columns(String table) throws SQLException {
        return strings("""
                SELECT attname FROM pg_attribute
                WHERE attrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
                  AND attnum > 0 AND NOT attisdropped AND attgenerated = ''
                ORDER BY attnum""", table);
    }

    /** Tables ordered so that a table comes after every table its foreign keys refer to. */
    List<String> parentsFirst(List<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new TreeMap<>();
        tables.forEach(table -> parents.put(table, new LinkedHashSet<>()));
        try (PreparedStatement sql = connection.prepareStatement("""
                SELECT child.relname, parent.relname
                FROM pg_constraint c
                JOIN pg_class child ON child.oid = c.conrelid
                JOIN pg_class parent ON parent.oid = c.confrelid
                WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace""");
                ResultSet rows = sql.executeQuery()) {
            while (rows.next()) {
                String child = rows.getString(1);
                String parent = rows.getString(2);
                if (parents.containsKey(child) && parents.containsKey(parent) && !child.equals(parent)) {
                    parents.get(child).add(parent);
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            String next = parents.entrySet().stream()
                    .filter(entry -> !ordered.contains(entry.getKey()) && ordered.containsAll(entry.getValue()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("foreign keys that refer to each other in a circle"));
            ordered.add(next);
        }
        return ordered;
    }

    /**
     * Each sequence's position. A sequence is not part of the snapshot: read after it began, it is at least as far
     * as every row the snapshot holds, so restored rows never meet a number already used.
     */
    List<BackupManifest.Sequence> sequences() throws SQLException {
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        for (String name : strings("""
                SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace AND relkind = 'S'
                ORDER BY relname""")) {
            try (Statement sql = connection.createStatement();
                    ResultSet row = sql.executeQuery("SELECT last_value, is_called FROM " + quoted(name))) {
                row.next();
                sequences.add(new BackupManifest.Sequence(name, row.getLong(1), row.getBoolean(2)));
            }
        }
        return sequences;
    }

    String schemaVersion() throws SQLException {
        List<String> version = strings("SELECT version FROM " + FLYWAY_HISTORY
                + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1");
        if (version.isEmpty()) {
            throw new IllegalStateException("the database has no Flyway history: it is not an Accord ledger");
        }
        return version.get(0);
    }

    BackupManifest.Events events() throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet row = sql.executeQuery("SELECT count(*), max(global_index) FROM domain_event_entry")) {
            row.next();
            return new BackupManifest.Events(row.getLong(1), row.getObject(2, Long.class));
        }
    }

    String postgresVersion() throws SQLException {
        return strings("SHOW server_version").get(0);
    }

    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    static String quoted(List<String> identifiers) {
        return identifiers.stream().map(Catalog::quoted).collect(Collectors.joining(", "));
    }

    private List<String> strings(String query, String... parameters) throws SQLException {
        try (PreparedStatement sql = connection.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                sql.setString(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }
    }
}
