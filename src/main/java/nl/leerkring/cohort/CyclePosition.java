package nl.leerkring.cohort;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * Where a cohort stands, computed from its meeting times: before meeting 1 the learning
 * question (phase 1); during a meeting the dialogue, co-design and reflection (2, 3, 5);
 * between meetings practice (4); after the last meeting the cycle is done.
 *
 * @param stage         before, at, between or after the meetings
 * @param meetingNumber the meeting now (AT), the last one held (BETWEEN, FINISHED), or 0
 */
public record CyclePosition(Stage stage, int meetingNumber) {

    public enum Stage { BEFORE_START, AT_MEETING, BETWEEN_MEETINGS, FINISHED }

    /** A meeting as a time span. */
    public record Slot(LocalDateTime start, LocalDateTime end) {
    }

    public Set<Phase> phases() {
        return switch (stage) {
            case BEFORE_START -> Set.of(Phase.LEARNING_QUESTION);
            case AT_MEETING -> Set.of(Phase.INQUIRING_DIALOGUE, Phase.CO_DESIGN, Phase.REFLECTION);
            case BETWEEN_MEETINGS -> Set.of(Phase.PRACTICE);
            case FINISHED -> Set.of();
        };
    }

    /** Whether the phase with this name is one of the current ones (for pages). */
    public boolean includes(String phase) {
        return phases().contains(Phase.valueOf(phase));
    }

    /** The position at {@code now} for meetings in chronological order. */
    public static CyclePosition at(List<Slot> meetings, LocalDateTime now) {
        if (meetings.isEmpty() || now.isBefore(meetings.get(0).start())) {
            return new CyclePosition(Stage.BEFORE_START, 0);
        }
        for (int i = 0; i < meetings.size(); i++) {
            Slot slot = meetings.get(i);
            if (!now.isBefore(slot.start()) && now.isBefore(slot.end())) {
                return new CyclePosition(Stage.AT_MEETING, i + 1);
            }
            boolean lastOne = i == meetings.size() - 1;
            if (!now.isBefore(slot.end()) && (lastOne || now.isBefore(meetings.get(i + 1).start()))) {
                return new CyclePosition(lastOne ? Stage.FINISHED : Stage.BETWEEN_MEETINGS, i + 1);
            }
        }
        return new CyclePosition(Stage.FINISHED, meetings.size());
    }
}
