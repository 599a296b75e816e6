package nl.leerkring.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leerkring.cohort.CyclePosition.Stage;
import nl.leerkring.progress.ParticipantTodos.Facts;
import nl.leerkring.progress.ParticipantTodos.Plan;

/** The participant's to-do list follows the cycle: prepare, ask, reflect, plan and report, attend. */
class ParticipantTodosTest {

    @Test
    void beforeTheStartTheParticipantPreparesAsksAndAttends() {
        assertEquals(List.of("cohort.mine.todo.prepareStart", "cohort.mine.todo.question", "cohort.mine.todo.attend"),
                ParticipantTodos.keys(new Facts(Stage.BEFORE_START, false, false, false, Plan.NONE, true, false, false)));
    }

    @Test
    void betweenMeetingsReflectionAndPlanAreAskedForUntilDone() {
        assertEquals(List.of("cohort.mine.todo.reflect", "cohort.mine.todo.plan", "cohort.mine.todo.homework",
                "cohort.mine.todo.theory", "cohort.mine.todo.attend"),
                ParticipantTodos.keys(new Facts(Stage.BETWEEN_MEETINGS, true, true, false, Plan.NONE, true, true, true)));
        assertEquals(List.of("cohort.mine.todo.report", "cohort.mine.todo.attend"),
                ParticipantTodos.keys(new Facts(Stage.BETWEEN_MEETINGS, true, true, true, Plan.MADE, true, false, false)));
        assertEquals(List.of("cohort.mine.todo.attend"),
                ParticipantTodos.keys(new Facts(Stage.BETWEEN_MEETINGS, true, true, true, Plan.REPORTED, true, false, false)));
    }

    @Test
    void afterTheLastMeetingNoPlanQuestionOrAttendanceIsAskedFor() {
        assertEquals(List.of("cohort.mine.todo.reflect"),
                ParticipantTodos.keys(new Facts(Stage.FINISHED, false, true, false, Plan.NONE, false, false, false)));
        assertEquals(List.of(),
                ParticipantTodos.keys(new Facts(Stage.FINISHED, true, true, true, Plan.NONE, false, false, false)));
    }

    @Test
    void theoryIsOnlyAskedForWhenAMeetingIsComing() {
        assertEquals(List.of("cohort.mine.todo.homework"),
                ParticipantTodos.keys(new Facts(Stage.FINISHED, true, true, true, Plan.REPORTED, false, true, true)));
    }
}
