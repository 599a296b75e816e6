package nl.leerkring.cohort;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** A meeting on the cohort's timeline, with where it stands: held, now, next or planned. */
public record TimelineStep(Meeting meeting, State state) {

    public enum State { HELD, NOW, NEXT, PLANNED }

    public static List<TimelineStep> of(List<Meeting> meetings, CyclePosition position) {
        List<TimelineStep> steps = new ArrayList<>();
        for (Meeting meeting : meetings) {
            int n = meeting.getNumber();
            State state;
            if (position.stage() == CyclePosition.Stage.AT_MEETING && n == position.meetingNumber()) {
                state = State.NOW;
            } else if (n <= position.meetingNumber()) {
                state = State.HELD;
            } else if (n == position.meetingNumber() + 1 && position.stage() != CyclePosition.Stage.AT_MEETING) {
                state = State.NEXT;
            } else {
                state = State.PLANNED;
            }
            steps.add(new TimelineStep(meeting, state));
        }
        return steps;
    }

    /** The next meeting to come, if any. */
    public static Meeting next(List<TimelineStep> steps) {
        return steps.stream().filter(s -> s.state() == State.NEXT || s.state() == State.NOW)
                .map(TimelineStep::meeting).findFirst().orElse(null);
    }

    /**
     * The last meeting held, if any: the last one that has started, the one going on included (its plans
     * and reflections are written from its start on). The same rule as {@link #lastHeldMeetingId}.
     */
    public static Meeting lastHeld(List<TimelineStep> steps) {
        Meeting last = null;
        for (TimelineStep step : steps) {
            if (step.state() == State.HELD || step.state() == State.NOW) {
                last = step.meeting();
            }
        }
        return last;
    }

    /** The id of the last meeting that has started by {@code now} (plans are made there), or null. */
    public static Long lastHeldMeetingId(List<Meeting> meetings, LocalDateTime now) {
        return Meeting.lastStarted(meetings, now).map(Meeting::getId).orElse(null);
    }
}
