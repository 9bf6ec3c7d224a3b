package dev.accord.app.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/**
 * Run in a JVM of its own by {@link EmbeddedDatabaseIT}: starts the embedded database, writes a row, says
 * "ready" and waits to be killed with kill -9, leaving its PostgreSQL behind as a real crash does.
 */
public final class KilledAccord {

    private KilledAccord() {}

    public static void main(String[] args) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.startIn(Path.of(args[0]));
        try (Connection connection = database.access().connect();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (word text)");
            statement.execute("INSERT INTO kept VALUES ('survived')");
        }
        System.out.println("ready");
        System.out.flush();
        Thread.currentThread().join();
    }
}
