package nl.leerkring.learning.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class VoteCountTest {

    private static final List<Long> IDEAS = List.of(10L, 20L, 30L, 40L);

    @SuppressWarnings("unchecked")
    private static Map<Long, List<Long>> ballots(Object... voterThenChoices) {
        Map<Long, List<Long>> ballots = new LinkedHashMap<>();
        for (int i = 0; i < voterThenChoices.length; i += 2) {
            ballots.put((Long) voterThenChoices[i], (List<Long>) voterThenChoices[i + 1]);
        }
        return ballots;
    }

    private static String summary(VoteCount.Result result) {
        StringBuilder text = new StringBuilder();
        for (VoteCount.Ranked row : result.ranking()) {
            text.append(row.rank()).append(':').append(row.ideaId()).append('=').append(row.points()).append('/')
                    .append(row.voters()).append(' ');
        }
        return text.toString().strip();
    }

    @Test
    void firstChoiceThreePointsSecondTwoThirdOne() {
        VoteCount.Result result = VoteCount.count(IDEAS, ballots(
                1L, List.of(30L, 10L, 20L),
                2L, List.of(30L, 20L, 40L),
                3L, List.of(10L, 30L, 20L)), 3);

        assertEquals("1:30=8/3 2:10=5/2 3:20=4/3 4:40=1/1", summary(result));
        assertEquals(3, result.voted());
        assertEquals(3, result.eligible());
        assertEquals(8, result.maxPoints());
    }

    @Test
    void equalPointsShareARankMoreVotersFirstThenTheEarlierIdea() {
        // 20 and 40 have 3 points each: 20 from one first choice, 40 from a second and a third choice.
        // 10 and 30 have 2 points each from one voter: equal in everything, the earlier idea first.
        VoteCount.Result result = VoteCount.count(IDEAS, ballots(
                1L, List.of(20L, 40L),
                2L, Arrays.asList(null, 30L, 40L),
                3L, Arrays.asList(50L, 10L)), 4);

        assertEquals("1:40=3/2 1:20=3/1 3:10=2/1 3:30=2/1", summary(result));
    }

    @Test
    void sharedRanksSkipTheNextOnes() {
        VoteCount.Result result = VoteCount.count(IDEAS, ballots(
                1L, List.of(10L, 20L, 30L),
                2L, List.of(10L, 30L, 20L)), 2);

        assertEquals("1:10=6/2 2:20=3/2 2:30=3/2 4:40=0/0", summary(result));
    }

    @Test
    void participantsWhoDidNotVoteAreNotCountedButTheResultSaysHowManyCould() {
        VoteCount.Result result = VoteCount.count(IDEAS, ballots(1L, List.of(40L)), 5);

        assertEquals(1, result.voted());
        assertEquals(5, result.eligible());
        assertEquals("1:40=3/1 2:10=0/0 2:20=0/0 2:30=0/0", summary(result));
    }

    @Test
    void aMergedIdeaIsNotVotableItsChoiceIsLeftOpen() {
        // 20 was merged into 10: it is not in the ideas, a choice for it counts for nothing.
        VoteCount.Result result = VoteCount.count(List.of(10L, 30L), ballots(
                1L, List.of(20L, 30L),
                2L, List.of(20L)), 2);

        assertEquals("1:30=2/1 2:10=0/0", summary(result));
        assertEquals(1, result.voted(), "a ballot with only the merged idea counts as not voted");
    }

    @Test
    void repeatedIdeasAndChoicesBeyondTheThirdDoNotCount() {
        VoteCount.Result result = VoteCount.count(IDEAS, ballots(1L, List.of(10L, 10L, 20L, 30L)), 1);

        assertEquals("1:10=3/1 2:20=1/1 3:30=0/0 3:40=0/0", summary(result));
    }

    @Test
    void anEmptyVoteRanksEveryIdeaFirstWithNoPoints() {
        VoteCount.Result empty = VoteCount.count(IDEAS, ballots(1L, List.of(), 2L, Arrays.asList(null, null)), 3);

        assertEquals("1:10=0/0 1:20=0/0 1:30=0/0 1:40=0/0", summary(empty));
        assertEquals(0, empty.voted());
        assertEquals(1, empty.maxPoints(), "bars never divide by zero");

        VoteCount.Result nothing = VoteCount.count(List.of(), Map.of(), 0);
        assertEquals(List.of(), nothing.ranking());
    }
}
