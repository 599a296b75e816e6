package nl.leerkring.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leerkring.instrument.Form;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.instrument.ItemKind;
import nl.leerkring.scan.AxisScores;

class FeedbackScoresTest {

    private static FeedbackScores.Submission named(RaterRole role, String name, Map<Integer, Double> means) {
        return new FeedbackScores.Submission(role, false, name, means, Map.of(1, "Meer doorvragen, " + name));
    }

    private static FeedbackScores.Submission anonymous(RaterRole role, Map<Integer, Double> means) {
        return new FeedbackScores.Submission(role, true, "Geheim", means, Map.of(2, "anoniem advies"));
    }

    @Test
    void eachRoleIsOneLayerWithTheMeanOfItsRaters() {
        FeedbackScores.Result result = FeedbackScores.combine(List.of(
                named(RaterRole.STUDENT_TEACHER, "Sam", Map.of(1, 4.0, 2, 6.0)),
                named(RaterRole.STUDENT_TEACHER, "Kim", Map.of(1, 6.0)),
                named(RaterRole.SCHOOL_TEACHER_EDUCATOR, "Olga", Map.of(1, 3.0))));
        assertEquals(Map.of(1, 5.0, 2, 6.0), result.layers().get(RaterRole.STUDENT_TEACHER));
        assertEquals(Map.of(1, 3.0), result.layers().get(RaterRole.SCHOOL_TEACHER_EDUCATOR));
        assertEquals(3, result.comments().size());
        assertEquals("Sam", result.comments().stream().filter(c -> c.text().endsWith("Sam")).findFirst().orElseThrow().author());
    }

    @Test
    void anonymousAnswersOfARoleShowOnlyFromThreeOnScoresAndCommentsAlike() {
        FeedbackScores.Result two = FeedbackScores.combine(List.of(
                anonymous(RaterRole.STUDENT_TEACHER, Map.of(1, 2.0)),
                anonymous(RaterRole.STUDENT_TEACHER, Map.of(1, 4.0)),
                named(RaterRole.SCHOOL_TEACHER_EDUCATOR, "Olga", Map.of(1, 3.0))));
        assertFalse(two.layers().containsKey(RaterRole.STUDENT_TEACHER));
        assertEquals(2, two.withheld().get(RaterRole.STUDENT_TEACHER));
        assertTrue(two.comments().stream().noneMatch(c -> c.text().equals("anoniem advies")));

        FeedbackScores.Result three = FeedbackScores.combine(List.of(
                anonymous(RaterRole.STUDENT_TEACHER, Map.of(1, 2.0)),
                anonymous(RaterRole.STUDENT_TEACHER, Map.of(1, 4.0)),
                anonymous(RaterRole.STUDENT_TEACHER, Map.of(1, 6.0))));
        assertEquals(Map.of(1, 4.0), three.layers().get(RaterRole.STUDENT_TEACHER));
        assertNull(three.withheld().get(RaterRole.STUDENT_TEACHER));
        assertEquals(3, three.comments().size());
        assertTrue(three.comments().stream().allMatch(c -> c.author() == null), "no names for anonymous raters");
    }

    @Test
    void cannotJudgeIsNoScore() {
        // The rater scored one statement of axis 1 and said "kan ik niet beoordelen" (no answer) on the other.
        List<FrameworkItem> items = List.of(
                new FrameworkItem(1, Form.SCHOOL_TEACHER_EDUCATOR, ItemKind.STATEMENT, "O01", 1, "a"),
                new FrameworkItem(1, Form.SCHOOL_TEACHER_EDUCATOR, ItemKind.STATEMENT, "O02", 2, "b"));
        assertEquals(Map.of(1, 6.0), AxisScores.means(items, Map.of("O01", 6)));
        assertEquals(Map.of(), AxisScores.means(items, Map.of()), "an axis judged by nobody has no score");
    }

    @Test
    void gapsAreSelfMinusOthersLargestFirst() {
        List<FeedbackScores.Gap> gaps = FeedbackScores.gaps(Map.of(1, 6.0, 2, 3.0),
                Map.of(RaterRole.STUDENT_TEACHER, Map.of(1, 4.0, 2, 3.5), RaterRole.SCHOOL_TEACHER_EDUCATOR, Map.of(1, 5.5)));
        assertEquals(3, gaps.size());
        assertEquals(2.0, gaps.get(0).difference());
        assertEquals(RaterRole.STUDENT_TEACHER, gaps.get(0).role());
        assertEquals(-0.5, gaps.get(2).difference(), 1e-9);
    }

    @Test
    void anonymousCommentsAreListedByTextSoTheirPositionsDoNotPairThemAcrossAreas() {
        // In submission order the first comment of each area would be the first rater's, and so on.
        FeedbackScores.Result result = FeedbackScores.combine(List.of(
                new FeedbackScores.Submission(RaterRole.STUDENT_TEACHER, true, "Ada", Map.of(1, 4.0),
                        Map.of(1, "Zorg voor rust", 2, "Aandacht voor planning")),
                new FeedbackScores.Submission(RaterRole.STUDENT_TEACHER, true, "Bo", Map.of(1, 5.0),
                        Map.of(1, "aanmoedigen helpt", 2, "Meer ruimte")),
                new FeedbackScores.Submission(RaterRole.STUDENT_TEACHER, true, "Cas", Map.of(1, 6.0),
                        Map.of(1, "Één gesprek per week", 2, "zet doelen samen"))));

        assertEquals(List.of("aanmoedigen helpt", "Één gesprek per week", "Zorg voor rust"), texts(result, 1),
                "by text, case- and accent-insensitive as a Dutch reader sorts");
        assertEquals(List.of("Aandacht voor planning", "Meer ruimte", "zet doelen samen"), texts(result, 2));
        assertFalse(result.comments().stream().anyMatch(c -> c.author() != null));
    }

    @Test
    void theOrderOfCommentsDoesNotDependOnTheOrderOfSubmission() {
        List<FeedbackScores.Submission> submissions = List.of(
                new FeedbackScores.Submission(RaterRole.COLLEAGUE, true, "A", Map.of(), Map.of(3, "Twee")),
                new FeedbackScores.Submission(RaterRole.COLLEAGUE, true, "B", Map.of(), Map.of(3, "een")),
                new FeedbackScores.Submission(RaterRole.COLLEAGUE, true, "C", Map.of(), Map.of(3, "Drie")));
        List<FeedbackScores.Submission> reversed = new java.util.ArrayList<>(submissions);
        java.util.Collections.reverse(reversed);
        assertEquals(FeedbackScores.combine(submissions).comments(), FeedbackScores.combine(reversed).comments());
    }

    private static List<String> texts(FeedbackScores.Result result, int axis) {
        return result.comments().stream().filter(c -> c.axis() == axis).map(FeedbackScores.Comment::text).toList();
    }
}
