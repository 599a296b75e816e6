package nl.leerkring.feedback;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import nl.leerkring.scan.AxisScores;

/**
 * Puts feedback together per rater role. Answers of raters who asked to stay anonymous count
 * only once at least {@link #ANONYMITY_THRESHOLD} anonymous raters of that role submitted,
 * scores and comments alike; named raters always count. "Kan ik niet beoordelen" is no score.
 * Comments are listed by text, so their places tell nothing about who wrote them or when.
 */
public final class FeedbackScores {

    public static final int ANONYMITY_THRESHOLD = 3;

    /** One submitted form: its means per axis (cannot-judge left out) and its feed-forward per axis. */
    public record Submission(RaterRole role, boolean anonymous, String raterName, Map<Integer, Double> means,
            Map<Integer, String> feedForward) {
    }

    /** A feed-forward comment with its author, or without one when the rater is anonymous. */
    public record Comment(int axis, RaterRole role, String author, String text) {
    }

    /** The difference between the participant's own score and a role's on one axis. */
    public record Gap(int axis, RaterRole role, double self, double other) {

        public double difference() {
            return self - other;
        }
    }

    /** What the participant may see. */
    public record Result(Map<RaterRole, Map<Integer, Double>> layers, Map<RaterRole, Integer> shown,
            Map<RaterRole, Integer> withheld, List<Comment> comments) {
    }

    private FeedbackScores() {
    }

    public static Result combine(List<Submission> submissions) {
        Map<RaterRole, Integer> anonymousCount = new EnumMap<>(RaterRole.class);
        submissions.stream().filter(Submission::anonymous)
                .forEach(s -> anonymousCount.merge(s.role(), 1, Integer::sum));
        Map<RaterRole, List<Map<Integer, Double>>> perRole = new EnumMap<>(RaterRole.class);
        Map<RaterRole, Integer> shown = new EnumMap<>(RaterRole.class);
        Map<RaterRole, Integer> withheld = new EnumMap<>(RaterRole.class);
        List<Comment> comments = new ArrayList<>();
        for (Submission submission : submissions) {
            boolean visible = !submission.anonymous()
                    || anonymousCount.getOrDefault(submission.role(), 0) >= ANONYMITY_THRESHOLD;
            if (!visible) {
                withheld.merge(submission.role(), 1, Integer::sum);
                continue;
            }
            shown.merge(submission.role(), 1, Integer::sum);
            perRole.computeIfAbsent(submission.role(), r -> new ArrayList<>()).add(submission.means());
            submission.feedForward().forEach((axis, text) -> comments.add(new Comment(axis, submission.role(),
                    submission.anonymous() ? null : submission.raterName(), text)));
        }
        Map<RaterRole, Map<Integer, Double>> layers = new EnumMap<>(RaterRole.class);
        perRole.forEach((role, means) -> layers.put(role, AxisScores.groupMeans(means)));
        comments.sort(Comparator.comparingInt(Comment::axis).thenComparing(c -> c.role().ordinal())
                .thenComparing(Comment::text, byText()).thenComparing(Comment::text));
        return new Result(layers, shown, withheld, comments);
    }

    /**
     * Comments of an area are listed by their text, never in the order they came in: in that
     * order the k-th comment of every area would be the same rater, and a participant who knows
     * who answered when could tell whose words they are. Case and accents do not count, as a
     * Dutch reader sorts.
     */
    private static Comparator<String> byText() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("nl"));
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }

    /** Self minus each role per axis, the largest difference first. */
    public static List<Gap> gaps(Map<Integer, Double> self, Map<RaterRole, Map<Integer, Double>> layers) {
        List<Gap> gaps = new ArrayList<>();
        layers.forEach((role, means) -> new TreeMap<>(means).forEach((axis, other) -> {
            Double own = self.get(axis);
            if (own != null) {
                gaps.add(new Gap(axis, role, own, other));
            }
        }));
        gaps.sort(Comparator.comparingDouble((Gap g) -> Math.abs(g.difference())).reversed()
                .thenComparingInt(Gap::axis));
        return gaps;
    }
}
