package dev.accord.ops.throughput;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AppendTransactionTest {

    @Test
    void payloadsHaveTheSizeAccordsEventsHad() {
        assertThat(AppendTransaction.json("text", 395).getBytes(StandardCharsets.UTF_8))
                .hasSize(395);
        assertThat(AppendTransaction.json("correlationId", 105)).startsWith("{\"correlationId\":\"abc");
    }

    @Test
    void theScriptUsesOnlyItsOwnPgbenchVariables() {
        // pgbench replaces every ":name" with a variable, so a colon before a letter anywhere else (a format
        // string such as HH24:MI, a JSON value) would stop every transaction with "undefined variable".
        String script = new AppendTransaction(200, 395, 105).script();
        Matcher variables = Pattern.compile("(?<!:):([A-Za-z_]\\w*)").matcher(script);
        List<String> used =
                variables.results().map(match -> match.group(1)).distinct().toList();

        assertThat(used).containsExactlyInAnyOrder("aggregate", "next_sequence");
        assertThat(script).startsWith("\\set aggregate random(1, 200)\n");
        assertThat(script).contains("\\gset\n").contains("ON CONFLICT (aggregate_identifier, sequence_number)");
    }

    @Test
    void readsTheLastSequenceAndInsertsTheNextInOneTransaction() {
        List<String> lines =
                new AppendTransaction(10, 300, 100).script().lines().toList();

        assertThat(lines).hasSize(5);
        assertThat(lines.get(1)).isEqualTo("BEGIN;");
        assertThat(lines.get(2)).startsWith("SELECT coalesce(max(sequence_number), -1) + 1 AS next_sequence");
        assertThat(lines.get(3)).startsWith("INSERT INTO domain_event_entry");
        assertThat(lines.get(4)).isEqualTo("END;");
    }
}
