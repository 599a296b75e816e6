package nl.leerkring.progress;

import java.util.ArrayList;
import java.util.List;

import nl.leerkring.cohort.CyclePosition;

/**
 * The participant's to-do list in one cohort (cohort/mine.xhtml): what is still open, as text keys,
 * in the order they are shown. A rule of its own so it is tested without a page.
 */
public final class ParticipantTodos {

    /** Where the participant's practice plan for the last meeting held stands. */
    public enum Plan { NONE, MADE, REPORTED }

    /**
     * What the rule needs to know: the cohort's stage, whether a meeting was held and one is still
     * coming, and the participant's own loop; homework and theory of those meetings.
     */
    public record Facts(CyclePosition.Stage stage, boolean hasQuestion, boolean lastHeld, boolean reflectedOnLastHeld,
            Plan plan, boolean next, boolean homework, boolean theory) {
    }

    private ParticipantTodos() {
    }

    public static List<String> keys(Facts facts) {
        List<String> keys = new ArrayList<>();
        if (facts.stage() == CyclePosition.Stage.BEFORE_START) {
            keys.add("cohort.mine.todo.prepareStart");
        }
        if (!facts.hasQuestion() && facts.stage() != CyclePosition.Stage.FINISHED) {
            keys.add("cohort.mine.todo.question");
        }
        if (facts.lastHeld() && !facts.reflectedOnLastHeld()) {
            keys.add("cohort.mine.todo.reflect");
        }
        if (facts.lastHeld() && facts.next()) {
            if (facts.plan() == Plan.NONE) {
                keys.add("cohort.mine.todo.plan");
            } else if (facts.plan() == Plan.MADE) {
                keys.add("cohort.mine.todo.report");
            }
        }
        if (facts.homework()) {
            keys.add("cohort.mine.todo.homework");
        }
        if (facts.next() && facts.theory()) {
            keys.add("cohort.mine.todo.theory");
        }
        if (facts.next()) {
            keys.add("cohort.mine.todo.attend");
        }
        return keys;
    }
}
