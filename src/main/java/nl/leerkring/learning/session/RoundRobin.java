package nl.leerkring.learning.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The order of a round robin: everybody's first idea, then everybody's second, and so on, people
 * in the order of their first idea. Ideas one person typed in a row are not shown in a row, which
 * would give away that they came from one person.
 */
final class RoundRobin {

    private RoundRobin() {
    }

    static <T> List<T> order(List<T> inOrderEntered, Function<T, Object> author) {
        Map<Object, List<T>> byAuthor = new LinkedHashMap<>();
        for (T item : inOrderEntered) {
            byAuthor.computeIfAbsent(author.apply(item), k -> new ArrayList<>()).add(item);
        }
        List<T> ordered = new ArrayList<>(inOrderEntered.size());
        for (int round = 0; ordered.size() < inOrderEntered.size(); round++) {
            for (List<T> ideas : byAuthor.values()) {
                if (round < ideas.size()) {
                    ordered.add(ideas.get(round));
                }
            }
        }
        return ordered;
    }
}
