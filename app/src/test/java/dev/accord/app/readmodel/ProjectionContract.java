package dev.accord.app.readmodel;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The checks of the projection contract (docs/rebuild.md) on one projection: what it writes through, which tables its
 * writers keep, and which tables each of their statements names. The table names are found by a plain scan of the
 * SQL (the word after FROM, JOIN, INTO, UPDATE; names a WITH clause defines are not tables), enough for the
 * statements projections write.
 */
final class ProjectionContract {

    private static final Pattern TABLE = Pattern.compile(
            "\\b(?:FROM|JOIN|INTO|UPDATE)\\s+([A-Za-z_][A-Za-z0-9_$]*(?:\\s*\\.\\s*[A-Za-z_]\\w*)?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITTEN =
            Pattern.compile("\\b(?:INSERT\\s+INTO|DELETE\\s+FROM|UPDATE)\\s+([A-Za-z_]\\w*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern WITH_NAME = Pattern.compile(
            "(?:\\bWITH|,)\\s+([A-Za-z_]\\w*)\\s*(?:\\([^)]*\\)\\s*)?AS\\s*(?:NOT\\s+)?(?:MATERIALIZED\\s*)?\\(",
            Pattern.CASE_INSENSITIVE);
    /** Words the scan may meet after those keywords that are not tables (ON CONFLICT … DO UPDATE SET). */
    private static final Set<String> NOT_TABLES = Set.of("set");
    /** What a class writing a read model must not hold: a way to the database around ReadModelWrites. */
    private static final List<Class<?>> AROUND_THE_WRITES = List.of(
            JdbcClient.class,
            JdbcOperations.class,
            NamedParameterJdbcOperations.class,
            DataSource.class,
            java.sql.Connection.class);

    private ProjectionContract() {}

    /** The writers a projection holds, made with nothing behind them: only their declarations are read. */
    static List<TableWriter> writersOf(Class<?> projection) {
        List<TableWriter> writers = new ArrayList<>();
        for (Field field : projection.getDeclaredFields()) {
            Class<?> type = field.getType();
            if (TableWriter.class.isAssignableFrom(type)) {
                writers.add(declarationsOf(type.asSubclass(TableWriter.class)));
            } else if (type.getPackageName().equals(projection.getPackageName())) {
                // A projection that folds first hands the fold's changes to a class of its own package that holds
                // the writers (the project detail's DetailTables, the portfolio's PortfolioTables).
                for (Field inner : type.getDeclaredFields()) {
                    if (TableWriter.class.isAssignableFrom(inner.getType())) {
                        writers.add(declarationsOf(inner.getType().asSubclass(TableWriter.class)));
                    }
                }
            }
        }
        return writers;
    }

    /** What in this projection or its writers breaks the contract; empty if nothing does. */
    static List<String> violations(String processingGroup, Class<?> projection, List<TableWriter> writers) {
        List<String> found = new ArrayList<>();
        List<String> own = ReadModelTables.of(processingGroup);
        aroundTheWrites(projection, found);
        Set<String> written = new LinkedHashSet<>();
        for (TableWriter writer : writers) {
            String name = writer.getClass().getSimpleName();
            aroundTheWrites(writer.getClass(), found);
            if (!written.add(writer.table())) {
                found.add(name + ": a second writer of " + writer.table());
            }
            if (!own.contains(writer.table())) {
                found.add(name + " writes " + writer.table() + ", which ReadModelTables does not list for "
                        + processingGroup);
            }
            for (RowStatement statement : writer.writes()) {
                if (!written(statement.sql()).contains(writer.table())) {
                    found.add(name + " writes a table other than its own, " + writer.table() + ": " + statement.sql());
                }
                check(name, statement.sql(), own, processingGroup, found);
            }
            for (String query : writer.reads()) {
                check(name, query, own, processingGroup, found);
            }
        }
        for (String table : own) {
            if (!written.contains(table)) {
                found.add(processingGroup + " has no writer for " + table + ", which ReadModelTables lists for it");
            }
        }
        return found;
    }

    /** The tables a statement writes into (one, but for a WITH clause that writes too). */
    static Set<String> written(String sql) {
        Set<String> tables = new LinkedHashSet<>();
        Matcher table = WRITTEN.matcher(sql);
        while (table.find()) {
            if (!NOT_TABLES.contains(table.group(1).toLowerCase())) {
                tables.add(table.group(1));
            }
        }
        return tables;
    }

    /** The tables a statement names, in order. */
    static List<String> tablesIn(String sql) {
        Set<String> withNames = new LinkedHashSet<>();
        Matcher with = WITH_NAME.matcher(sql);
        while (with.find()) {
            withNames.add(with.group(1).toLowerCase());
        }
        List<String> tables = new ArrayList<>();
        Matcher table = TABLE.matcher(sql);
        while (table.find()) {
            String name = table.group(1).replaceAll("\\s", "");
            if (!NOT_TABLES.contains(name.toLowerCase()) && !withNames.contains(name.toLowerCase())) {
                tables.add(name);
            }
        }
        return tables;
    }

    private static void check(String writer, String sql, List<String> own, String group, List<String> found) {
        for (String table : tablesIn(sql)) {
            if (table.contains(".")) {
                found.add(writer + " names a table with its schema, " + table
                        + " (a rebuild writes the same statements into its copies): " + sql);
            } else if (!own.contains(table)) {
                found.add(writer + " touches " + table + ", not one of " + group + "'s tables " + own + ": " + sql);
            }
        }
    }

    private static void aroundTheWrites(Class<?> type, List<String> found) {
        for (Field field : type.getDeclaredFields()) {
            for (Class<?> around : AROUND_THE_WRITES) {
                if (around.isAssignableFrom(field.getType())) {
                    found.add(type.getSimpleName() + "." + field.getName() + " is a " + around.getSimpleName()
                            + ": a projection writes through its TableWriters and ReadModelWrites only");
                }
            }
        }
    }

    private static TableWriter declarationsOf(Class<? extends TableWriter> writer) {
        try {
            Constructor<?> constructor = writer.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            return (TableWriter) constructor.newInstance(new Object[constructor.getParameterCount()]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make " + writer.getSimpleName() + " to read its statements", e);
        }
    }
}
