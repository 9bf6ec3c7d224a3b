package dev.accord.app.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * PostgreSQL's LISTEN/NOTIFY between the nodes on one database. A notification sent inside a transaction is delivered
 * when it commits, and not at all when it rolls back, so a node hears of a write exactly when others can read it.
 * <p>
 * Each node listens on one connection of its own ({@link DirectConnections}), read by one thread; what it hears is
 * handed to the listeners registered for the channel, which must be quick (they run on that thread). When the
 * database goes away the connection is opened again, with a growing pause between attempts; the loss and the return
 * are logged once each, and listeners that asked are told that they may have missed something.
 */
@Component
public class DatabaseNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);
    private static final int WAIT_MILLIS = 500;
    /** After this long without a word, the connection is tried, so that a dead one is noticed. */
    private static final long CHECK_NANOS = Duration.ofSeconds(10).toNanos();

    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);

    private final DirectConnections connections;
    private final JdbcClient jdbc;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private final List<Runnable> afterGap = new CopyOnWriteArrayList<>();
    private volatile boolean running;
    private volatile boolean listening;
    private volatile Thread thread;

    DatabaseNotifications(DirectConnections connections, JdbcClient jdbc) {
        this.connections = connections;
        this.jdbc = jdbc;
    }

    /** Hands every notification on this channel to the listener, on the listening thread. */
    public void listen(String channel, Consumer<String> listener) {
        listeners.computeIfAbsent(channel, name -> new CopyOnWriteArrayList<>()).add(listener);
    }

    /** Runs after the listening connection came back: notifications sent meanwhile are lost. */
    public void afterGap(Runnable catchUp) {
        afterGap.add(catchUp);
    }

    /**
     * Sends a notification to every node, this one included; inside the current transaction if there is one, so it
     * goes out when that commits.
     */
    public void send(String channel, String payload) {
        jdbc.sql("SELECT pg_notify(?, ?)").param(channel).param(payload).query().listOfRows();
    }

    /** Whether this node hears notifications now (false while the database is out of reach). */
    public boolean listening() {
        return listening;
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::listenWhileRunning, "database-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop() {
        running = false;
        Thread listener = thread;
        if (listener != null) {
            listener.interrupt();
            try {
                listener.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Listens before anything that sends starts, and stops after everything that sends has stopped. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    private void listenWhileRunning() {
        Duration retry = FIRST_RETRY;
        boolean lost = false;
        while (running) {
            try (Connection listeningOn = connections.open("notifications")) {
                Set<String> channels = ConcurrentHashMap.newKeySet();
                listenTo(listeningOn, channels);
                listening = true;
                retry = FIRST_RETRY;
                if (lost) {
                    log.info("Hearing the nodes' notifications again; open views read again what they show");
                    lost = false;
                    afterGap.forEach(DatabaseNotifications::quietly);
                }
                receive(listeningOn, channels);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                if (lost) {
                    log.debug("Still cannot hear the database: {}", e.getMessage());
                } else {
                    log.warn(
                            "Lost the connection that hears the nodes' notifications ({}); until it is back, open"
                                    + " views wait for updates and read-your-writes reads the token table",
                            e.getMessage());
                    lost = true;
                }
                if (!pause(retry)) {
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            } finally {
                listening = false;
            }
        }
    }

    private void receive(Connection listeningOn, Set<String> channels) throws SQLException {
        PGConnection postgres = listeningOn.unwrap(PGConnection.class);
        long quietSince = System.nanoTime();
        while (running) {
            PGNotification[] received = postgres.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : received) {
                    dispatch(notification.getName(), notification.getParameter());
                }
            } else if (System.nanoTime() - quietSince > CHECK_NANOS) {
                try (Statement check = listeningOn.createStatement()) {
                    check.execute("SELECT 1");
                }
                quietSince = System.nanoTime();
            }
            if (channels.size() != listeners.size()) {
                listenTo(listeningOn, channels);
            }
        }
    }

    private void listenTo(Connection listeningOn, Set<String> channels) throws SQLException {
        try (Statement listen = listeningOn.createStatement()) {
            for (String channel : listeners.keySet()) {
                if (channels.add(channel)) {
                    listen.execute("LISTEN " + channel);
                }
            }
        }
    }

    private void dispatch(String channel, String payload) {
        for (Consumer<String> listener : listeners.getOrDefault(channel, List.of())) {
            try {
                listener.accept(payload);
            } catch (RuntimeException e) {
                log.warn("A listener of {} failed on a notification: {}", channel, e.toString());
            }
        }
    }

    private static void quietly(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("Catching up after missed notifications failed: {}", e.toString());
        }
    }

    private boolean pause(Duration retry) {
        try {
            Thread.sleep(retry.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
