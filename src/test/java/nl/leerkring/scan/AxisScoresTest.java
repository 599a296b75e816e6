package nl.leerkring.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leerkring.instrument.Form;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.instrument.ItemKind;

class AxisScoresTest {

    private static FrameworkItem statement(int axis, String key) {
        return new FrameworkItem(axis, Form.SELF_SCAN, ItemKind.STATEMENT, key, 0, "uitspraak " + key);
    }

    private static final List<FrameworkItem> VERSION_1 = List.of(
            statement(1, "S01"), statement(1, "S02"), statement(1, "S03"),
            statement(2, "S04"), statement(2, "S05"),
            statement(3, "S06"));

    @Test
    void theMeanPerAxisCountsEveryAnsweredStatementOfThatAxis() {
        Map<Integer, Double> means = AxisScores.means(VERSION_1,
                Map.of("S01", 7, "S02", 4, "S03", 4, "S04", 2, "S05", 3, "S06", 6));
        assertEquals(Map.of(1, 5.0, 2, 2.5, 3, 6.0), means);
    }

    @Test
    void anAxisWithoutAnswersHasNoMeanRatherThanZero() {
        Map<Integer, Double> means = AxisScores.means(VERSION_1, Map.of("S01", 3));
        assertEquals(Map.of(1, 3.0), means);
        assertFalse(means.containsKey(2));
    }

    @Test
    void aStatementRemovedInALaterVersionNoLongerCountsThere() {
        // Version 2 dropped S03: the same answers give another mean for axis 1 on version 2's statements.
        List<FrameworkItem> version2 = VERSION_1.stream().filter(i -> !i.getKey().equals("S03")).toList();
        Map<String, Integer> answers = Map.of("S01", 7, "S02", 4, "S03", 1);
        assertEquals(4.0, AxisScores.means(VERSION_1, answers).get(1));
        assertEquals(5.5, AxisScores.means(version2, answers).get(1));
    }

    @Test
    void openQuestionsDoNotCount() {
        List<FrameworkItem> items = List.of(statement(1, "T01"),
                new FrameworkItem(1, Form.STUDENT_TEACHER, ItemKind.OPEN_QUESTION, "TF1", 1, "feed forward?"));
        assertEquals(Map.of(1, 6.0), AxisScores.means(items, Map.of("T01", 6, "TF1", 1)));
    }

    @Test
    void theLowestAxesIncludeTies() {
        assertEquals(List.of(2), AxisScores.lowest(Map.of(1, 5.0, 2, 2.5, 3, 6.0)));
        assertEquals(List.of(1, 3), AxisScores.lowest(new java.util.TreeMap<>(Map.of(1, 2.0, 2, 4.0, 3, 2.0))));
        assertEquals(List.of(), AxisScores.lowest(Map.of()));
    }

    @Test
    void theGroupMeanIsTheMeanOfEachPersonsMean() {
        Map<Integer, Double> group = AxisScores.groupMeans(List.of(Map.of(1, 2.0, 2, 4.0), Map.of(1, 4.0), Map.of(1, 6.0, 2, 5.0)));
        assertEquals(Map.of(1, 4.0, 2, 4.5), group);
    }
}
