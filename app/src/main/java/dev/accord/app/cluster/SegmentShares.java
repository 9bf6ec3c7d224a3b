package dev.accord.app.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Shares each projection's segments between the nodes, with Axon's own token claims. Axon's processors claim what is
 * free and keep it: the first node to start holds every segment, and one that starts later would stand idle until a
 * holder died. So a node that holds fewer than its share of a projection's segments (the segments divided among the
 * nodes that hold any, itself counted) while none is free asks for one; a node that holds at least two more than the
 * asker releases one (Axon's releaseSegment), which the asker's processor then claims. Nothing else is kept about
 * the other nodes: the token table says who holds what, and a node that dies loses its claims when they time out.
 * <p>
 * A projection whose tokens were made with fewer segments than it is configured for now (a ledger older than the
 * setting) is split, one segment at a time, by a node that holds all of them.
 */
@Component
class SegmentShares {

    static final String CHANNEL = "accord_segments";
    /** How long a released segment is left to the asker before this node may claim it back. */
    private static final Duration LEFT_FOR = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(SegmentShares.class);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final DatabaseNotifications notifications;
    private final ThisNode node;
    private final Duration claimTimeout;
    private final Environment environment;
    private final Map<String, Instant> releasedAt = new ConcurrentHashMap<>();
    /**
     * The splits this node asked for and the processor has not yet done: Axon splits on the processor's own thread,
     * so on a busy machine the token table still shows too few segments at the next look, which must not split again.
     */
    private final Map<String, CompletableFuture<Boolean>> splitting = new ConcurrentHashMap<>();

    SegmentShares(
            EventProcessingConfiguration processing,
            JdbcClient jdbc,
            DatabaseNotifications notifications,
            ThisNode node,
            @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout,
            Environment environment) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.node = node;
        this.claimTimeout = claimTimeout;
        this.environment = environment;
        notifications.listen(CHANNEL, this::asked);
    }

    /** A claim a node holds now, by the token table (a claim older than the timeout is anyone's). */
    private record Claim(int segment, String owner) {}

    @Scheduled(
            initialDelayString = "${accord.segments.share-interval:PT5S}",
            fixedDelayString = "${accord.segments.share-interval:PT5S}")
    void askForAShareWhereShort() {
        processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::isRunning)
                .forEach(this::askIfShort);
    }

    private void askIfShort(StreamingEventProcessor processor) {
        List<Claim> claims = claims(processor.getName());
        if (claims.isEmpty() || claims.stream().anyMatch(claim -> claim.owner() == null)) {
            return; // nothing to share yet, or a free segment the processor will claim by itself
        }
        long mine = claims.stream()
                .filter(claim -> node.name().equals(claim.owner()))
                .count();
        if (mine == claims.size()) {
            splitIfFewerThanConfigured(processor, claims);
            return;
        }
        long holders = claims.stream()
                .map(Claim::owner)
                .filter(owner -> !node.name().equals(owner))
                .distinct()
                .count();
        long share = claims.size() / (holders + 1);
        if (mine < share && processor.processingStatus().size() < processor.maxCapacity()) {
            notifications.send(CHANNEL, processor.getName() + " " + mine + " " + node.name());
        }
    }

    private void splitIfFewerThanConfigured(StreamingEventProcessor processor, List<Claim> claims) {
        int configured = environment.getProperty(
                "axon.eventhandling.processors." + processor.getName() + ".initial-segment-count", Integer.class, 1);
        CompletableFuture<Boolean> running = splitting.get(processor.getName());
        if (claims.size() >= configured || (running != null && !running.isDone())) {
            return;
        }
        int[] ids = claims.stream().mapToInt(Claim::segment).toArray();
        claims.stream()
                .map(claim -> Segment.computeSegment(claim.segment(), ids))
                .min(Comparator.comparingInt(Segment::getMask))
                .filter(widest -> processor.processingStatus().containsKey(widest.getSegmentId()))
                .ifPresent(widest -> {
                    log.info(
                            "Splitting segment {} of {}, which has {} of the {} segments it is configured for",
                            widest.getSegmentId(),
                            processor.getName(),
                            claims.size(),
                            configured);
                    splitting.put(processor.getName(), processor.splitSegment(widest.getSegmentId()));
                });
    }

    private void asked(String request) {
        String[] parts = request.split(" ", 3);
        if (parts.length < 3 || node.name().equals(parts[2])) {
            return;
        }
        String name = parts[0];
        long theirs = Long.parseLong(parts[1]);
        if (!(processing.eventProcessor(name).orElse(null) instanceof StreamingEventProcessor processor)) {
            return;
        }
        Map<Integer, ?> mine = processor.processingStatus();
        Instant last = releasedAt.get(name);
        if (mine.size() < theirs + 2 || (last != null && last.plus(LEFT_FOR).isAfter(Instant.now()))) {
            return;
        }
        int segment = mine.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        releasedAt.put(name, Instant.now());
        log.info(
                "Leaving segment {} of {} to {}, which holds {} of them to this node's {}",
                segment,
                name,
                parts[2],
                theirs,
                mine.size());
        processor.releaseSegment(segment, LEFT_FOR.toMillis(), TimeUnit.MILLISECONDS);
    }

    private List<Claim> claims(String processor) {
        Instant fresh = Instant.now().minus(claimTimeout);
        return jdbc.sql("SELECT segment, owner, time_stamp FROM token_entry WHERE processor_name = ?")
                .param(processor)
                .query((rs, n) -> {
                    String owner = rs.getString("owner");
                    String stamp = rs.getString("time_stamp");
                    boolean held = owner != null
                            && stamp != null
                            && Instant.parse(stamp).isAfter(fresh);
                    return new Claim(rs.getInt("segment"), held ? owner : null);
                })
                .list();
    }
}
