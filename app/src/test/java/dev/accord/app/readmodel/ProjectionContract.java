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
 * The checks of the projection contract (docs/projections.md) on one projection: what it writes through, which tables its
 * writers keep (and which others they declare they also write), and which tables each statement and query of its
 * writers and readers names. The table names are found by a plain scan of the
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

    /**
     * The writers and readers a projection holds, made with nothing behind them: only their declarations are read.
     * They are its fields, and the fields of the classes of its own package it holds: a projection that folds first
     * hands the fold's changes to one that holds the writers (the project detail's DetailTables, the portfolio's
     * PortfolioTables).
     */
    static List<TableReader> heldBy(Class<?> projection) {
        List<TableReader> held = new ArrayList<>();
        for (Class<?> type : fieldTypes(projection)) {
            if (TableReader.class.isAssignableFrom(type)) {
                held.add(declarationsOf(type.asSubclass(TableReader.class)));
            }
        }
        return held;
    }

    /** What in this projection, its writers or its readers breaks the contract; empty if nothing does. */
    static List<String> violations(String processingGroup, Class<?> projection, List<? extends TableReader> held) {
        List<String> found = new ArrayList<>();
        List<String> own = ReadModelTables.of(processingGroup);
        aroundTheWrites(projection, found);
        undeclared(projection, found);
        Set<String> kept = new LinkedHashSet<>();
        for (TableReader reader : held) {
            String name = reader.getClass().getSimpleName();
            aroundTheWrites(reader.getClass(), found);
            if (reader instanceof TableWriter writer) {
                if (!kept.add(writer.table())) {
                    found.add(name + ": a second writer of " + writer.table());
                }
                writes(writer, own, processingGroup, found);
            }
            for (String query : reader.reads()) {
                check(name, query, own, processingGroup, found);
            }
        }
        for (String table : own) {
            if (!kept.contains(table)) {
                found.add(processingGroup + " has no writer for " + table + ", which ReadModelTables lists for it");
            }
        }
        return found;
    }

    /**
     * A writer's table and statements: each statement writes its table, and besides it only the tables the writer
     * declares it also writes, which are the projection's own, and each of which some statement does write.
     */
    private static void writes(TableWriter writer, List<String> own, String group, List<String> found) {
        String name = writer.getClass().getSimpleName();
        if (!own.contains(writer.table())) {
            found.add(name + " writes " + writer.table() + ", which ReadModelTables does not list for " + group);
        }
        for (String also : writer.alsoWrites()) {
            if (!own.contains(also) || also.equals(writer.table())) {
                found.add(name + " declares it also writes " + also + ", not another of " + group + "'s tables " + own);
            }
        }
        Set<String> declared = new LinkedHashSet<>(writer.alsoWrites());
        declared.add(writer.table());
        Set<String> writtenByAny = new LinkedHashSet<>();
        for (RowStatement statement : writer.writes()) {
            Set<String> written = written(statement.sql());
            writtenByAny.addAll(written);
            if (!written.contains(writer.table())) {
                found.add(name + " does not write its own table, " + writer.table() + ": " + statement.sql());
            }
            for (String table : written) {
                if (!declared.contains(table)) {
                    found.add(name + " writes " + table + " besides its own table " + writer.table()
                            + " without declaring it (alsoWrites): " + statement.sql());
                }
            }
            check(name, statement.sql(), own, group, found);
        }
        for (String also : writer.alsoWrites()) {
            if (!writtenByAny.contains(also)) {
                found.add(name + " declares it also writes " + also + ", but none of its statements does");
            }
        }
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

    /**
     * A class the projection holds that reaches ReadModelWrites without being a TableReader would send statements
     * nobody declared, out of the test's sight. (The projection itself holds it only to reset: ReadModelWrites.forget
     * empties exactly the tables ReadModelTables lists.)
     */
    private static void undeclared(Class<?> projection, List<String> found) {
        for (Class<?> type : fieldTypes(projection)) {
            if (TableReader.class.isAssignableFrom(type)
                    || type == ReadModelWrites.class
                    || !type.getName().startsWith("dev.accord.app.")) {
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                if (ReadModelWrites.class.isAssignableFrom(field.getType())) {
                    found.add(type.getSimpleName() + "." + field.getName() + " reaches ReadModelWrites, but "
                            + type.getSimpleName() + " is no TableReader or TableWriter declaring its statements");
                }
            }
            aroundTheWrites(type, found);
        }
    }

    /** The types of the projection's fields, and of the fields of the classes of its own package among them. */
    private static Set<Class<?>> fieldTypes(Class<?> projection) {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Field field : projection.getDeclaredFields()) {
            Class<?> type = field.getType();
            types.add(type);
            if (!TableReader.class.isAssignableFrom(type)
                    && type.getPackageName().equals(projection.getPackageName())) {
                for (Field inner : type.getDeclaredFields()) {
                    types.add(inner.getType());
                }
            }
        }
        return types;
    }

    private static TableReader declarationsOf(Class<? extends TableReader> reader) {
        try {
            Constructor<?> constructor = reader.getDeclaredConstructors()[0];
            constructor.setAccessible(true);
            return (TableReader) constructor.newInstance(new Object[constructor.getParameterCount()]);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make " + reader.getSimpleName() + " to read its statements", e);
        }
    }
}
