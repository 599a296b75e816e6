package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.cohort.CyclePosition.Slot;
import nl.leerkring.cohort.CyclePosition.Stage;

class CyclePositionTest {

    /** Six meetings on the 7th of each month from September, 14:00-17:00. */
    private static final List<Slot> MEETINGS = java.util.stream.IntStream.range(0, 6)
            .mapToObj(i -> LocalDateTime.parse("2026-09-07T14:00").plusMonths(i))
            .map(start -> new Slot(start, start.plusHours(3))).toList();

    private static CyclePosition at(String time) {
        return CyclePosition.at(MEETINGS, LocalDateTime.parse(time));
    }

    @Test
    void beforeTheStartMeetingIsPhaseOne() {
        CyclePosition position = at("2026-09-07T13:59");
        assertEquals(new CyclePosition(Stage.BEFORE_START, 0), position);
        assertEquals(Set.of(Phase.LEARNING_QUESTION), position.phases());
    }

    @Test
    void duringAMeetingAreTheDialogueDesignAndReflection() {
        CyclePosition position = at("2026-09-07T14:00");
        assertEquals(new CyclePosition(Stage.AT_MEETING, 1), position);
        assertEquals(Set.of(Phase.INQUIRING_DIALOGUE, Phase.CO_DESIGN, Phase.REFLECTION), position.phases());
        assertEquals(new CyclePosition(Stage.AT_MEETING, 3), at("2026-11-07T16:59"));
    }

    @Test
    void betweenMeetingsIsPractice() {
        CyclePosition position = at("2026-09-07T17:00");
        assertEquals(new CyclePosition(Stage.BETWEEN_MEETINGS, 1), position);
        assertEquals(Set.of(Phase.PRACTICE), position.phases());
        assertTrue(position.includes("PRACTICE"));
        assertEquals(new CyclePosition(Stage.BETWEEN_MEETINGS, 5), at("2027-02-07T13:00"));
    }

    @Test
    void afterTheLastMeetingTheCycleIsDone() {
        assertEquals(new CyclePosition(Stage.FINISHED, 6), at("2027-02-07T17:00"));
        assertEquals(Set.of(), at("2027-06-01T10:00").phases());
    }

    @Test
    void theTimelineMarksHeldNextAndPlannedBetweenMeetingsAndNowDuringOne() {
        List<Meeting> meetings = new java.util.ArrayList<>();
        for (int i = 0; i < MEETINGS.size(); i++) {
            meetings.add(new Meeting(null, i + 1, MEETINGS.get(i).start()));
        }
        List<TimelineStep.State> between = TimelineStep.of(meetings, at("2026-10-20T10:00")).stream()
                .map(TimelineStep::state).toList();
        assertEquals(List.of(TimelineStep.State.HELD, TimelineStep.State.HELD, TimelineStep.State.NEXT,
                TimelineStep.State.PLANNED, TimelineStep.State.PLANNED, TimelineStep.State.PLANNED), between);

        List<TimelineStep> during = TimelineStep.of(meetings, at("2026-10-07T15:00"));
        assertEquals(List.of(TimelineStep.State.HELD, TimelineStep.State.NOW, TimelineStep.State.PLANNED,
                TimelineStep.State.PLANNED, TimelineStep.State.PLANNED, TimelineStep.State.PLANNED),
                during.stream().map(TimelineStep::state).toList());
        assertEquals(2, TimelineStep.next(during).getNumber());
    }

    /** One rule for "the last meeting held": the one going on counts from its start, in the timeline and in the grid. */
    @Test
    void theLastMeetingHeldIsTheSameInTheTimelineAndTheGridBeforeDuringAndAfterAMeeting() {
        List<Meeting> meetings = new java.util.ArrayList<>();
        for (int i = 0; i < MEETINGS.size(); i++) {
            meetings.add(new Meeting(null, i + 1, MEETINGS.get(i).start()));
        }
        for (String time : List.of("2026-10-07T13:59", "2026-10-07T14:00", "2026-10-07T15:00", "2026-10-07T17:00")) {
            LocalDateTime now = LocalDateTime.parse(time);
            Meeting timeline = TimelineStep.lastHeld(TimelineStep.of(meetings, CyclePosition.at(MEETINGS, now)));
            Meeting grid = Meeting.lastStarted(meetings, now).orElseThrow();
            assertEquals(grid, timeline, time);
        }
        LocalDateTime during = LocalDateTime.parse("2026-10-07T15:00");
        assertEquals(2, TimelineStep.lastHeld(TimelineStep.of(meetings, CyclePosition.at(MEETINGS, during))).getNumber(),
                "during meeting 2, its plans and reflections are written: it is the last held");
        assertEquals(1, Meeting.lastStarted(meetings, LocalDateTime.parse("2026-10-07T13:59")).orElseThrow().getNumber());
        assertTrue(Meeting.lastStarted(meetings, LocalDateTime.parse("2026-09-07T13:59")).isEmpty());
    }

    @Test
    void aMeetingHasStartedFromItsStartAndEndedFromItsEnd() {
        Meeting meeting = new Meeting(null, 1, LocalDateTime.parse("2026-09-07T14:00"));
        LocalDateTime end = meeting.getEndsAt();
        assertEquals(false, meeting.hasStarted(LocalDateTime.parse("2026-09-07T13:59")));
        assertEquals(true, meeting.hasStarted(LocalDateTime.parse("2026-09-07T14:00")));
        assertEquals(false, meeting.hasEnded(end.minusMinutes(1)));
        assertEquals(true, meeting.hasEnded(end));
    }
}
