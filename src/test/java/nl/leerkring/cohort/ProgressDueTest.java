package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.platform.Role;
import nl.leerkring.cohort.ProgressDue.State;

/** A new cohort's grid is not red: a step is overdue only by the cycle's dates. */
class ProgressDueTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 8, 1, 9, 0);
    private static final LocalDate START = LocalDate.of(2026, 9, 7);

    /** Six meetings from Monday 7 September 2026, 14:00-17:00. */
    private static List<Meeting> meetings() {
        Person facilitator = new Person("f@school.nl", "Fenna", "nl", Set.of(Role.FACILITATOR), CREATED);
        Cohort cohort = new Cohort("Najaar", "Opleidingsschool Zutphen", START, facilitator, null, null, CREATED);
        List<Meeting> meetings = new ArrayList<>();
        int number = 1;
        for (LocalDateTime start : MeetingSchedule.propose(START)) {
            meetings.add(new Meeting(cohort, number++, start));
        }
        return meetings;
    }

    private static ProgressDue at(String now) {
        return ProgressDue.of(meetings(), LocalDateTime.parse(now));
    }

    @Test
    void beforeTheStartMeetingNothingIsOverdue() {
        ProgressDue due = at("2026-09-07T13:59");
        assertEquals(State.NOT_YET_DUE, due.selfScan(false));
        assertEquals(State.NOT_YET_DUE, due.learningQuestion(false));
        assertEquals(State.NOT_YET_DUE, due.planForLastHeld(false), "no meeting held, no plan expected");
        assertEquals(State.DONE, due.selfScan(true));
    }

    @Test
    void scanAndLearningQuestionAreOverdueOnceTheStartMeetingBegins() {
        ProgressDue due = at("2026-09-07T14:00");
        assertEquals(State.OVERDUE, due.selfScan(false));
        assertEquals(State.OVERDUE, due.learningQuestion(false));
        assertEquals(State.DONE, due.learningQuestion(true));
    }

    @Test
    void thePlanIsDueWhenTheMeetingHasEndedNotWhileItRuns() {
        assertEquals(State.NOT_YET_DUE, at("2026-09-07T16:59").planForLastHeld(false), "the plan is made during the meeting");
        assertEquals(State.OVERDUE, at("2026-09-07T17:00").planForLastHeld(false));
        assertEquals(State.DONE, at("2026-09-07T17:00").planForLastHeld(true));
        assertEquals(State.NOT_YET_DUE, at("2026-10-05T15:00").planForLastHeld(false), "meeting 2 is under way");
        assertEquals(State.OVERDUE, at("2026-10-06T09:00").planForLastHeld(false), "meeting 2 has ended");
    }

    @Test
    void aCohortWithoutMeetingsHasNothingDue() {
        ProgressDue due = ProgressDue.of(List.of(), LocalDateTime.parse("2026-09-07T14:00"));
        assertEquals(State.NOT_YET_DUE, due.selfScan(false));
        assertEquals(State.NOT_YET_DUE, due.planForLastHeld(false));
    }
}
