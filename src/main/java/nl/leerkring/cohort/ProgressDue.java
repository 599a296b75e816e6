package nl.leerkring.cohort;

import java.time.LocalDateTime;
import java.util.List;

/**
 * When the steps in the progress grid are due, by the cohort's meeting dates (DESIGN §2, §4): the
 * self-scan and the learning question are brought to the start meeting, so they are due when it
 * begins; a practice plan is made in or after a meeting, so the plan for the last meeting held is
 * due once that meeting has ended. What is not done and not yet due is shown neutral, never red.
 *
 * @param startMeetingBegins when meeting 1 begins (null without meetings)
 * @param lastStartedEnds    when the last meeting that has begun ends (null before the first)
 * @param now                the wall-clock time where the meetings take place
 */
public record ProgressDue(LocalDateTime startMeetingBegins, LocalDateTime lastStartedEnds, LocalDateTime now) {

    public enum State { DONE, NOT_YET_DUE, OVERDUE }

    /** The dates of meetings in any order, at the wall-clock time {@code now}. */
    public static ProgressDue of(List<Meeting> meetings, LocalDateTime now) {
        Meeting first = meetings.stream().min(java.util.Comparator.comparingInt(Meeting::getNumber)).orElse(null);
        Meeting lastStarted = Meeting.lastStarted(meetings, now).orElse(null);
        return new ProgressDue(first == null ? null : first.getStartsAt(),
                lastStarted == null ? null : lastStarted.getEndsAt(), now);
    }

    /** The self-scan: due when the start meeting begins. */
    public State selfScan(boolean done) {
        return state(done, startMeetingBegins);
    }

    /** The individual learning question: brought to the start meeting, so due when it begins. */
    public State learningQuestion(boolean done) {
        return state(done, startMeetingBegins);
    }

    /** A plan after the last meeting held: due when that meeting has ended; nothing is due before the first. */
    public State planForLastHeld(boolean done) {
        return state(done, lastStartedEnds);
    }

    private State state(boolean done, LocalDateTime dueAt) {
        if (done) {
            return State.DONE;
        }
        return dueAt != null && !now.isBefore(dueAt) ? State.OVERDUE : State.NOT_YET_DUE;
    }
}
