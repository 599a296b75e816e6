package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.platform.Role;

/** A meeting's calendar SEQUENCE rises only when what a calendar shows of it changes. */
class MeetingSequenceTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 4, 9, 0);
    private static final LocalDate START = LocalDate.of(2027, 1, 11);

    private static Meeting meeting() {
        Person facilitator = new Person("f@school.nl", "Fenna", "nl", Set.of(Role.FACILITATOR), NOW);
        Cohort cohort = new Cohort("Najaar", "Opleidingsschool Zutphen", START, facilitator, null, null, NOW);
        return new Meeting(cohort, 3, START.plusMonths(2).atTime(14, 0));
    }

    @Test
    void savedUnchangedKeepsTheSequence() {
        Meeting meeting = meeting();
        meeting.reschedule(meeting.getStartsAt(), meeting.getDurationMinutes(), null, null);
        assertEquals(0, meeting.getCalendarSequence());
    }

    @Test
    void eachChangeOfTimeDurationPlaceOrLinkRaisesIt() {
        Meeting meeting = meeting();
        LocalDateTime start = meeting.getStartsAt();
        meeting.reschedule(start.withHour(10), 180, null, null);
        assertEquals(1, meeting.getCalendarSequence());
        meeting.reschedule(start.withHour(10), 120, null, null);
        assertEquals(2, meeting.getCalendarSequence());
        meeting.reschedule(start.withHour(10), 120, "Lokaal 1.12", null);
        assertEquals(3, meeting.getCalendarSequence());
        meeting.reschedule(start.withHour(10), 120, "Lokaal 1.12", "https://meet.example.nl/x");
        assertEquals(4, meeting.getCalendarSequence());
        meeting.reschedule(start.withHour(10), 120, " Lokaal 1.12 ", "https://meet.example.nl/x");
        assertEquals(4, meeting.getCalendarSequence(), "the same place typed with spaces is no change");
    }
}
