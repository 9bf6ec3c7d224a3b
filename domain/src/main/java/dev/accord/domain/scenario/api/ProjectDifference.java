package dev.accord.domain.scenario.api;

import dev.accord.domain.shared.Money;
import java.util.UUID;

/**
 * One project as two scenarios treat it.
 *
 * @param first its amount in the first scenario; null when the first leaves it out
 * @param second its amount in the second; null when the second leaves it out
 * @param difference the second's amount less the first's, a missing one counting as nothing
 * @param fitsInFirst whether it fits in the first; null when the first leaves it out
 */
public record ProjectDifference(
        int rank,
        UUID projectId,
        String title,
        Money first,
        Money second,
        Money difference,
        Boolean fitsInFirst,
        Boolean fitsInSecond) {

    public boolean differs() {
        return first == null || second == null || difference.amount().signum() != 0;
    }
}
