package dev.accord.ops.throughput;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a level's time went, from Flight Recorder files: which threads had the processor (stack samples by thread,
 * digits folded so that the 200 request threads are one line), the hottest methods (the sampled top frame), the
 * Accord code the request threads were in, and where request threads waited (parks, monitors, socket reads of
 * 10 ms or more) by the first frame outside the JDK and the Accord frame that led there.
 */
final class ProfileSummary {

    private static final Set<String> WAITS = Set.of(
            "jdk.ThreadPark", "jdk.JavaMonitorEnter", "jdk.JavaMonitorWait", "jdk.SocketRead", "jdk.SocketWrite");

    private static final String IDLE_WORKER_QUEUE = "org.apache.tomcat.util.threads.TaskQueue";

    final Map<String, Long> samplesByThread = new HashMap<>();
    final Map<String, Long> hottestMethods = new HashMap<>();
    final Map<String, Long> requestSamplesByAccordFrame = new HashMap<>();
    final Map<String, Long> requestSamplesByLibrary = new HashMap<>();
    final Map<String, Duration> requestWaits = new HashMap<>();
    final Map<String, Long> requestWaitCounts = new HashMap<>();
    long samples;
    long requestSamples;

    static ProfileSummary of(List<Path> recordings) throws IOException {
        ProfileSummary summary = new ProfileSummary();
        for (Path recording : recordings) {
            try (RecordingFile file = new RecordingFile(recording)) {
                while (file.hasMoreEvents()) {
                    summary.add(file.readEvent());
                }
            }
        }
        return summary;
    }

    void add(RecordedEvent event) {
        String type = event.getEventType().getName();
        RecordedStackTrace stack = event.getStackTrace();
        if (stack == null || stack.getFrames().isEmpty()) {
            return;
        }
        if (type.equals("jdk.ExecutionSample")) {
            String thread = threadName(event.getThread("sampledThread"));
            samples++;
            samplesByThread.merge(thread.replaceAll("\\d+", "N"), 1L, Long::sum);
            hottestMethods.merge(frame(stack.getFrames().get(0)), 1L, Long::sum);
            if (isRequestThread(thread)) {
                requestSamples++;
                requestSamplesByAccordFrame.merge(firstAccordFrame(stack), 1L, Long::sum);
                requestSamplesByLibrary.merge(library(stack), 1L, Long::sum);
            }
        } else if (WAITS.contains(type) && isRequestThread(threadName(event.getThread())) && !isIdle(stack)) {
            String site = type.substring("jdk.".length()) + " in " + firstFrameOutsideJdk(stack) + " ← "
                    + firstAccordFrame(stack);
            requestWaits.merge(site, event.getDuration(), Duration::plus);
            requestWaitCounts.merge(site, 1L, Long::sum);
        }
    }

    /** The largest entries, largest first. */
    static <V extends Comparable<V>> List<Map.Entry<String, V>> top(Map<String, V> counts, int limit) {
        List<Map.Entry<String, V>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<String, V>comparingByValue().reversed());
        return entries.subList(0, Math.min(limit, entries.size()));
    }

    /** Tomcat's request threads ("http-nio-8080-exec-7"): the ones a command's answer waits for. */
    static boolean isRequestThread(String name) {
        return name.contains("-exec-");
    }

    /** A request thread with no request: Tomcat's worker waiting in its task queue for the next one. */
    static boolean isIdle(RecordedStackTrace stack) {
        return stack.getFrames().stream()
                .anyMatch(frame -> frame.getMethod().getType().getName().equals(IDLE_WORKER_QUEUE));
    }

    /** A frame as "o.p.c.v3.QueryExecutorImpl.execute": packages to their initials but the last. */
    static String frame(RecordedFrame frame) {
        return shortClass(frame.getMethod().getType().getName()) + "."
                + frame.getMethod().getName();
    }

    static String shortClass(String name) {
        String[] parts = name.split("\\.");
        StringBuilder shortened = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean keep = i >= parts.length - 2;
            shortened.append(keep ? parts[i] : parts[i].substring(0, 1));
            if (i < parts.length - 1) {
                shortened.append('.');
            }
        }
        return shortened.toString();
    }

    /**
     * The library whose code was running, by the innermost frame outside the JDK: "org.postgresql" (the driver),
     * "com.fasterxml" (JSON), "org.axonframework", "org.springframework.security", "dev.accord", … ("the JDK" when
     * the whole stack is the JDK's).
     */
    static String library(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            String type = frame.getMethod().getType().getName();
            if (!isJdk(type)) {
                return library(type);
            }
        }
        return "the JDK";
    }

    /** A class's library: its first two package names, three under org.apache and org.springframework. */
    static String library(String className) {
        String[] parts = className.split("\\.");
        int keep = parts.length > 3 && (parts[1].equals("apache") || parts[1].equals("springframework")) ? 3 : 2;
        return String.join(".", Arrays.copyOfRange(parts, 0, Math.min(keep, parts.length - 1)));
    }

    private static boolean isJdk(String type) {
        return type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.");
    }

    private static String firstAccordFrame(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            if (frame.getMethod().getType().getName().startsWith("dev.accord.")) {
                return frame(frame);
            }
        }
        return "(no Accord frame)";
    }

    private static String firstFrameOutsideJdk(RecordedStackTrace stack) {
        for (RecordedFrame frame : stack.getFrames()) {
            if (!isJdk(frame.getMethod().getType().getName())) {
                return frame(frame);
            }
        }
        return frame(stack.getFrames().get(0));
    }

    private static String threadName(RecordedThread thread) {
        if (thread == null) {
            return "?";
        }
        return thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
    }
}
