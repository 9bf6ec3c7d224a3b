package dev.accord.ops.fault;

import java.util.ArrayList;
import java.util.List;

/**
 * The writers' commands held against the ledger: each acknowledged one must be there exactly once, one in doubt
 * at most once, one refused or never sent not at all. A few examples of each failure name the commands.
 */
record LedgerTally(
        int acknowledged,
        int lost,
        int duplicated,
        int storedThoughRefused,
        int inDoubt,
        int inDoubtStored,
        List<String> examples) {

    private static final int EXAMPLES = 5;

    static LedgerTally of(List<SentCommand> commands, LedgerMarkers ledger) {
        int acknowledged = 0;
        int lost = 0;
        int duplicated = 0;
        int storedThoughRefused = 0;
        int inDoubt = 0;
        int inDoubtStored = 0;
        List<String> examples = new ArrayList<>();
        for (SentCommand command : commands) {
            int stored = ledger.count(command.marker(), command.kind().eventName());
            switch (command.delivery()) {
                case ACKNOWLEDGED -> {
                    acknowledged++;
                    if (stored == 0) {
                        lost++;
                        example(examples, "lost: " + command.describe());
                    }
                }
                case IN_DOUBT -> {
                    inDoubt++;
                    inDoubtStored += Math.min(stored, 1);
                }
                case REFUSED, NOT_SENT -> {
                    if (stored > 0) {
                        storedThoughRefused++;
                        example(examples, "stored though never accepted: " + command.describe());
                    }
                }
                default -> throw new IllegalStateException(command.delivery().name());
            }
            if (stored > 1) {
                duplicated++;
                example(examples, "stored " + stored + " times: " + command.describe());
            }
        }
        return new LedgerTally(
                acknowledged, lost, duplicated, storedThoughRefused, inDoubt, inDoubtStored, List.copyOf(examples));
    }

    boolean exactlyOnce() {
        return lost == 0 && duplicated == 0 && storedThoughRefused == 0;
    }

    private static void example(List<String> examples, String example) {
        if (examples.size() < EXAMPLES) {
            examples.add(example);
        }
    }
}
