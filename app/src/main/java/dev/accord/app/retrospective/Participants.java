package dev.accord.app.retrospective;

import dev.accord.domain.retrospective.api.Participant;
import dev.accord.domain.retrospective.api.Participation;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who took part for which side, and how often they did what. */
final class Participants {

    private record Person(String userId, String displayName, Side side) {}

    private final Map<Person, EnumMap<Participation, Integer>> counts = new LinkedHashMap<>();

    /** Counts one act; Accord itself and people of neither side are not participants of a side. */
    void took(Actor actor, Participation part) {
        if (actor != null && actor.belongsToASide()) {
            count(new Person(actor.userId(), actor.displayName(), actor.side()), part, 1);
        }
    }

    static List<Participant> merged(Collection<List<Participant>> lists) {
        Participants all = new Participants();
        lists.forEach(list -> list.forEach(participant -> participant
                .contributions()
                .forEach((part, times) -> all.count(
                        new Person(participant.userId(), participant.displayName(), participant.side()),
                        part,
                        times))));
        return all.list();
    }

    /** Finance first, then IT; within a side, who did most first. */
    List<Participant> list() {
        return counts.entrySet().stream()
                // An EnumMap keeps the order of Participation, which is the order describe() reads them in.
                .map(entry -> new Participant(
                        entry.getKey().userId(),
                        entry.getKey().displayName(),
                        entry.getKey().side(),
                        Collections.unmodifiableMap(new EnumMap<>(entry.getValue()))))
                .sorted(Comparator.comparing(Participant::side)
                        .thenComparing(Participant::total, Comparator.reverseOrder())
                        .thenComparing(Participant::displayName))
                .toList();
    }

    private void count(Person person, Participation part, int times) {
        counts.computeIfAbsent(person, key -> new EnumMap<>(Participation.class))
                .merge(part, times, Integer::sum);
    }
}
