package dev.accord.ops.throughput;

import dev.accord.ops.harness.AccordApi;
import dev.accord.ops.harness.BearerApi;
import dev.accord.ops.harness.LedgerDatabase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The members the clients act for, three a desk, each with an API token of their own. Members are written into
 * user_account as the other harnesses do (people are added on the People page; the API has no endpoint for it).
 * Tokens are issued through the API as a member would: POST /api/tokens signed in by HTTP Basic, one bcrypt check
 * each, a few at a time.
 */
final class Desks {

    private static final int ISSUING_THREADS = 4;

    private Desks() {}

    /** Desk i talks to node i modulo the number of nodes: clients spread round-robin. */
    static List<Desk> create(
            LedgerDatabase database, AccordApi basic, String password, List<BearerApi> nodes, int count)
            throws Exception {
        Map<String, String> sides = new LinkedHashMap<>();
        for (int desk = 0; desk < count; desk++) {
            sides.put(name(desk, "requester"), desk % 2 == 0 ? "IT" : "FINANCE");
            sides.put(name(desk, "finance"), "FINANCE");
            sides.put(name(desk, "it"), "IT");
        }
        database.addMembers(sides, password);
        ExecutorService issuing = Executors.newFixedThreadPool(ISSUING_THREADS);
        try {
            Map<String, Future<String>> tokens = new LinkedHashMap<>();
            for (String username : sides.keySet()) {
                tokens.put(
                        username,
                        issuing.submit(() -> basic.post(username, "/api/tokens", Bodies.token())
                                .path("token")
                                .asText()));
            }
            List<Desk> desks = new ArrayList<>();
            for (int desk = 0; desk < count; desk++) {
                desks.add(new Desk(
                        desk,
                        member(desk, "requester", sides, tokens),
                        member(desk, "finance", sides, tokens),
                        member(desk, "it", sides, tokens),
                        nodes.get(desk % nodes.size())));
            }
            return desks;
        } finally {
            issuing.shutdownNow();
        }
    }

    private static Member member(int desk, String role, Map<String, String> sides, Map<String, Future<String>> tokens)
            throws Exception {
        String username = name(desk, role);
        String token = tokens.get(username).get();
        if (token.isBlank()) {
            throw new IllegalStateException("POST /api/tokens gave " + username + " no token");
        }
        return new Member(username, sides.get(username), token);
    }

    private static String name(int desk, String role) {
        return "tp-d%02d-%s".formatted(desk, role);
    }
}
