package dev.accord.ops.fault;

import dev.accord.ops.harness.LedgerDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the ledger itself holds, read from the event table over JDBC rather than through Accord: for each marker
 * a harness put in its commands, how many events of each type carry it.
 */
final class LedgerMarkers {

    private final Map<String, Map<String, Integer>> eventsByMarker;

    private LedgerMarkers(Map<String, Map<String, Integer>> eventsByMarker) {
        this.eventsByMarker = eventsByMarker;
    }

    /** Reads every event after the given global index and finds the markers in its payload. */
    static LedgerMarkers read(LedgerDatabase database, String markerPattern, long afterGlobalIndex)
            throws SQLException {
        Pattern marker = Pattern.compile(markerPattern);
        Map<String, Map<String, Integer>> found = new HashMap<>();
        try (Connection db = database.connect()) {
            db.setAutoCommit(false); // a cursor, not the whole table in memory
            try (PreparedStatement select = db.prepareStatement("SELECT payload_type, payload "
                    + "FROM domain_event_entry WHERE global_index > ? ORDER BY global_index")) {
                select.setFetchSize(1_000);
                select.setLong(1, afterGlobalIndex);
                try (ResultSet events = select.executeQuery()) {
                    while (events.next()) {
                        String type = events.getString(1);
                        String eventName = type.substring(type.lastIndexOf('.') + 1);
                        Matcher matches = marker.matcher(new String(events.getBytes(2), StandardCharsets.UTF_8));
                        Set<String> inThisEvent = new HashSet<>();
                        while (matches.find()) {
                            inThisEvent.add(matches.group());
                        }
                        inThisEvent.forEach(each -> found.computeIfAbsent(each, m -> new HashMap<>())
                                .merge(eventName, 1, Integer::sum));
                    }
                }
            }
            db.commit();
        }
        return new LedgerMarkers(found);
    }

    /** How many events of that type carry the marker. */
    int count(String marker, String eventName) {
        return eventsByMarker.getOrDefault(marker, Map.of()).getOrDefault(eventName, 0);
    }
}
