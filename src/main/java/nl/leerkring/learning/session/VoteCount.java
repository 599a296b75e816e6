package nl.leerkring.learning.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the ballots of a nominal-group vote (a Borda count): each participant ranks up to three
 * ideas, the first choice gets 3 points, the second 2, the third 1. Ideas with equal points share a
 * rank (1, 2, 2, 4); among them the idea more participants chose comes first, then the earlier idea.
 */
public final class VoteCount {

    /** How many ideas a participant may rank. */
    public static final int MAX_CHOICES = 3;

    /** An idea's place in the result. */
    public record Ranked(long ideaId, int rank, int points, int voters) {
    }

    /** The ranking of every votable idea, and how many of the participants who could vote did. */
    public record Result(List<Ranked> ranking, int voted, int eligible) {

        /** The highest score, for drawing bars relative to it (at least 1). */
        public int maxPoints() {
            return Math.max(1, ranking.stream().mapToInt(Ranked::points).max().orElse(0));
        }
    }

    /** One idea's count so far: its points and how many ballots chose it. */
    private record Tally(int points, int voters) {

        static final Tally NONE = new Tally(0, 0);

        /** Most points first, then most voters. */
        static final Comparator<Tally> MOST_FIRST = Comparator.comparingInt(Tally::points).reversed()
                .thenComparing(Comparator.comparingInt(Tally::voters).reversed());

        Tally plus(int morePoints) {
            return new Tally(points + morePoints, voters + 1);
        }
    }

    private VoteCount() {
    }

    /** The points of a choice at a position on the ballot (0 is the first choice). */
    public static int pointsFor(int position) {
        return MAX_CHOICES - position;
    }

    /**
     * @param ideaOrder the ideas that can be voted for (not merged ones), in the order they were shown
     * @param ballots   per voter their choices, first choice first; a null is a choice left open.
     *                  Choices beyond the third, repeated ideas and ideas not in {@code ideaOrder} do
     *                  not count; a ballot with no valid choice counts as not voted
     * @param eligible  how many participants could vote
     */
    public static Result count(List<Long> ideaOrder, Map<Long, List<Long>> ballots, int eligible) {
        Map<Long, Tally> tallies = new LinkedHashMap<>();
        for (Long idea : ideaOrder) {
            tallies.putIfAbsent(idea, Tally.NONE);
        }
        int voted = 0;
        for (List<Long> ballot : ballots.values()) {
            Set<Long> seen = new HashSet<>();
            boolean counted = false;
            for (int choice = 0; choice < Math.min(MAX_CHOICES, ballot.size()); choice++) {
                Long idea = ballot.get(choice);
                if (idea == null || !tallies.containsKey(idea) || !seen.add(idea)) {
                    continue;
                }
                tallies.put(idea, tallies.get(idea).plus(pointsFor(choice)));
                counted = true;
            }
            if (counted) {
                voted++;
            }
        }
        // A stable sort: among equal points and voters the idea shown first stays first.
        List<Map.Entry<Long, Tally>> order = new ArrayList<>(tallies.entrySet());
        order.sort(Comparator.comparing(Map.Entry<Long, Tally>::getValue, Tally.MOST_FIRST));
        List<Ranked> ranking = new ArrayList<>();
        int rank = 0;
        for (int place = 0; place < order.size(); place++) {
            Tally tally = order.get(place).getValue();
            if (place == 0 || tally.points() != order.get(place - 1).getValue().points()) {
                rank = place + 1;
            }
            ranking.add(new Ranked(order.get(place).getKey(), rank, tally.points(), tally.voters()));
        }
        return new Result(List.copyOf(ranking), voted, eligible);
    }
}
