package dev.accord.ops.throughput;

import com.fasterxml.jackson.databind.JsonNode;
import dev.accord.ops.harness.BearerApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The projects the clients work on, each with a business case and an approved initial budget, written through the
 * API as people would: proposed, estimated and given an ROI case by one desk's members, its initial budget approved
 * by that desk's Finance and IT approvers. So every project is ACTIVE and takes budget, scope and timeline changes.
 */
final class SeededProjects {

    static final int COMMANDS_PER_PROJECT = 5;
    private static final int THREADS = 8;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private SeededProjects() {}

    /**
     * Through the first node only, even when there are more: seeding is not measured, and its approvals all meet on
     * the year's portfolio, where one node's aggregate lock makes them take turns.
     */
    static List<UUID> seed(List<Desk> desks, BearerApi api, int count) throws Exception {
        ExecutorService seeding = Executors.newFixedThreadPool(Math.min(THREADS, count));
        try {
            List<Future<UUID>> seeded = new ArrayList<>();
            for (int number = 0; number < count; number++) {
                Desk desk = desks.get(number % desks.size());
                int n = number;
                seeded.add(seeding.submit(() -> seedOne(desk, api, n)));
            }
            List<UUID> projects = new ArrayList<>();
            for (Future<UUID> project : seeded) {
                projects.add(project.get());
            }
            return List.copyOf(projects);
        } finally {
            seeding.shutdownNow();
        }
    }

    private static UUID seedOne(Desk desk, BearerApi api, int number) throws Exception {
        Random random = new Random(number);
        JsonNode proposed =
                api.expect(desk.requester().token(), "/api/projects", Bodies.proposal(number, random), TIMEOUT);
        UUID project = UUID.fromString(proposed.path("id").asText());
        String base = "/api/projects/" + project;
        String change = base + "/changes/" + proposed.path("changeId").asText() + "/approvals";
        api.expect(desk.requester().token(), base + "/estimates", Bodies.estimate(random), TIMEOUT);
        api.expect(desk.finance().token(), base + "/roi", Bodies.roiCase(random), TIMEOUT);
        api.expect(desk.finance().token(), change, Bodies.approval(1), TIMEOUT);
        JsonNode decided = api.expect(desk.it().token(), change, Bodies.approval(1), TIMEOUT);
        if (!decided.path("tookEffect").asBoolean()) {
            throw new IllegalStateException("Project " + project + "'s initial budget did not take effect: " + decided);
        }
        return project;
    }
}
