package nl.leerkring.progress;

import java.util.List;

import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CyclePosition;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.cohort.TimelineStep;
import nl.leerkring.learning.MeetingSummary;
import nl.leerkring.learning.PracticePlan;

/**
 * One cohort as its participant sees it on cohort/mine.xhtml: the timeline, the next meeting, the
 * last one held (the one going on included), their own loop and the summaries sent to them.
 */
public record MyCohort(Cohort cohort, List<TimelineStep> timeline, CyclePosition position, Meeting next,
        Meeting lastHeld, Loop loop, List<MeetingSummary> summaries) {

    /** The participant's own learning loop in a cohort: a question yet, and the plan for the last meeting held. */
    public record Loop(boolean hasQuestion, PracticePlan plan, boolean reflectedOnLastHeld) {
    }

    /** The homework agreed at the last meeting held. */
    public String getHomework() {
        return lastHeld == null ? null : lastHeld.getHomework();
    }

    /** Where a to-do of {@link #getTodoKeys()} is done, relative to the application. */
    public String linkOf(String todoKey) {
        return switch (todoKey) {
            case "cohort.mine.todo.question" -> "learning/question.xhtml?cohort=" + cohort.getId();
            case "cohort.mine.todo.plan", "cohort.mine.todo.report" -> "learning/plans.xhtml?cohort=" + cohort.getId();
            case "cohort.mine.todo.reflect" -> "learning/reflect.xhtml?meeting=" + lastHeld.getId();
            default -> "cohort/mine.xhtml";
        };
    }

    /** What is still open for the participant, as text keys in the order shown ({@link ParticipantTodos}). */
    public List<String> getTodoKeys() {
        ParticipantTodos.Plan plan = loop.plan() == null ? ParticipantTodos.Plan.NONE
                : loop.plan().isReported() ? ParticipantTodos.Plan.REPORTED : ParticipantTodos.Plan.MADE;
        return ParticipantTodos.keys(new ParticipantTodos.Facts(position.stage(), loop.hasQuestion(), lastHeld != null,
                loop.reflectedOnLastHeld(), plan, next != null, getHomework() != null,
                next != null && next.getAgenda().getTheory() != null));
    }
}
