package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.platform.Role;
import nl.leerkring.platform.BusinessException;

/** A cohort's start and its meetings lie in a sane range; names are one line. */
class CohortDatesTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final Person FACILITATOR = new Person("f@school.nl", "Fenna", "nl", Set.of(Role.FACILITATOR), NOW);

    private static Cohort cohort(LocalDate start) {
        return new Cohort("Najaar", "Opleidingsschool Zutphen", start, FACILITATOR, null, null, NOW);
    }

    @Test
    void aStartFromAYearBackToThreeYearsAheadIsKept() {
        assertDoesNotThrow(() -> cohort(TODAY.minusYears(1)));
        assertDoesNotThrow(() -> cohort(TODAY.plusYears(3)));
    }

    @Test
    void aStartFurtherAwayIsRefusedWithTheRange() {
        for (LocalDate start : new LocalDate[] {TODAY.minusYears(1).minusDays(1), TODAY.plusYears(3).plusDays(1),
                LocalDate.of(1026, 11, 30), LocalDate.of(2099, 1, 1)}) {
            BusinessException e = assertThrows(BusinessException.class, () -> cohort(start), start.toString());
            assertEquals("cohort.startDateRange", e.getMessageKey());
        }
    }

    @Test
    void aMeetingLiesFromThreeMonthsBeforeToTwoYearsAfterTheStart() {
        Cohort cohort = cohort(TODAY);
        Meeting meeting = new Meeting(cohort, 2, TODAY.plusMonths(1).atTime(15, 0));
        meeting.reschedule(TODAY.minusMonths(3).atTime(15, 0), 180, null, null);
        meeting.reschedule(TODAY.plusYears(2).atTime(15, 0), 180, null, null);
        BusinessException early = assertThrows(BusinessException.class,
                () -> meeting.reschedule(LocalDate.of(1026, 1, 1).atTime(15, 0), 180, "Zaal 1", null));
        assertEquals("meeting.dateRange", early.getMessageKey());
        assertThrows(BusinessException.class, () -> meeting.reschedule(TODAY.plusYears(2).plusDays(1).atTime(15, 0), 180, null, null));
        assertEquals(TODAY.plusYears(2), meeting.getStartsAt().toLocalDate(), "a refused date changes nothing");
    }

    @Test
    void namesAreOneLineWithoutControlCharacters() {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new Cohort("Najaar\u0000", "Opleidingsschool", TODAY, FACILITATOR, null, null, NOW));
        assertEquals("input.singleLine", e.getMessageKey());
        assertThrows(BusinessException.class, () -> new CohortGroup(cohort(TODAY), "Groep\nA"));
        assertThrows(BusinessException.class, () -> new Person("p@school.nl", "Piet\tJansen", "nl", Set.of(Role.PARTICIPANT), NOW));
        Meeting meeting = new Meeting(cohort(TODAY), 2, TODAY.plusMonths(1).atTime(15, 0));
        BusinessException location = assertThrows(BusinessException.class,
                () -> meeting.reschedule(TODAY.plusMonths(1).atTime(15, 0), 180, "x".repeat(Meeting.LOCATION_MAX + 1), null));
        assertEquals("input.tooLong", location.getMessageKey());
    }

    @Test
    void attendanceIsRefusedForAMeetingThatHasNotBegun() {
        Meeting meeting = new Meeting(cohort(TODAY), 2, NOW.plusHours(1));
        BusinessException e = assertThrows(BusinessException.class, () -> meeting.checkAttendanceCanBeRecorded(NOW));
        assertEquals("meeting.attendanceNotYet", e.getMessageKey());
        assertDoesNotThrow(() -> meeting.checkAttendanceCanBeRecorded(NOW.plusHours(1)), "from its first minute on");
        assertDoesNotThrow(() -> meeting.checkAttendanceCanBeRecorded(NOW.plusDays(30)));
    }
}
