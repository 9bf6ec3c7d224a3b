package dev.accord.ops.throughput;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What pgbench prints at the end of a run, read from its standard output (PostgreSQL 12 to 17). */
record PgbenchOutput(long processed, long failed, double latencyAverageMs, double tps) {

    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: (\\d+)");
    private static final Pattern FAILED = Pattern.compile("number of failed transactions: (\\d+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([\\d.]+) ms");
    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(([^)]*)\\)");

    static PgbenchOutput parse(String output) {
        return new PgbenchOutput(
                Long.parseLong(required(PROCESSED, output)),
                optional(FAILED, output),
                Double.parseDouble(required(LATENCY, output)),
                tps(output));
    }

    /** The rate without connecting; releases before 14 print it as "excluding connections establishing". */
    private static double tps(String output) {
        Matcher tps = TPS.matcher(output);
        String first = null;
        while (tps.find()) {
            if (tps.group(2).startsWith("without") || tps.group(2).startsWith("excluding")) {
                return Double.parseDouble(tps.group(1));
            }
            first = first == null ? tps.group(1) : first;
        }
        if (first == null) {
            throw new IllegalArgumentException("pgbench printed no tps:\n" + output);
        }
        return Double.parseDouble(first);
    }

    private static String required(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        if (!matcher.find()) {
            throw new IllegalArgumentException("pgbench printed no \"" + pattern.pattern() + "\":\n" + output);
        }
        return matcher.group(1);
    }

    private static long optional(Pattern pattern, String output) {
        Matcher matcher = pattern.matcher(output);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
