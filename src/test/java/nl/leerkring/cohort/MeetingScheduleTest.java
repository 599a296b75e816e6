package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class MeetingScheduleTest {

    private static List<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void theProposalIsSixMeetingsOnTheStartsWeekdayWithinAMonthOfEachOtherAtTheDefaultTime() {
        List<LocalDateTime> proposal = MeetingSchedule.propose(LocalDate.parse("2026-09-07"));
        assertEquals(6, proposal.size());
        assertEquals(LocalDateTime.parse("2026-09-07T14:00"), proposal.get(0));
        assertEquals(LocalDateTime.parse("2026-10-05T14:00"), proposal.get(1), "the Monday before 7 October");
        assertEquals(LocalDateTime.parse("2027-01-25T14:00"), proposal.get(5));
        assertTrue(proposal.stream().allMatch(m -> m.getDayOfWeek() == java.time.DayOfWeek.MONDAY), proposal.toString());
        assertEquals(List.of(), MeetingSchedule.check(proposal.stream().map(LocalDateTime::toLocalDate).toList()));
    }

    @Test
    void aStartInTheWeekendMovesToMondayAndShortMonthsKeepTheMonthRule() {
        List<LocalDateTime> proposal = MeetingSchedule.propose(LocalDate.parse("2027-01-31"));
        assertEquals(LocalDate.parse("2027-02-01"), proposal.get(0).toLocalDate(), "Sunday 31 January moves to Monday");
        assertEquals(LocalDate.parse("2027-03-01"), proposal.get(1).toLocalDate());
        assertEquals(LocalDate.parse("2027-03-29"), proposal.get(2).toLocalDate(), "the last Monday within a month");
        assertTrue(proposal.stream().noneMatch(m -> m.getDayOfWeek().getValue() > 5), proposal.toString());
        assertEquals(List.of(), MeetingSchedule.check(proposal.stream().map(LocalDateTime::toLocalDate).toList()));
    }

    @Test
    void aGapOfExactlyOneMonthIsAllowedAndOneDayMoreIsNot() {
        assertEquals(List.of(), MeetingSchedule.check(dates(
                "2026-09-15", "2026-10-15", "2026-11-15", "2026-12-15", "2027-01-15", "2027-02-15")));
        assertEquals(List.of(new MeetingSchedule.Violation(ScheduleRule.MAX_ONE_MONTH_APART, 3)),
                MeetingSchedule.check(dates(
                        "2026-09-15", "2026-10-15", "2026-11-16", "2026-12-15", "2027-01-15", "2027-02-15")));
    }

    @Test
    void aMonthAfterTheThirtyFirstOfJanuaryEndsOnTheLastDayOfFebruaryAlsoInLeapYears() {
        // 2028 is a leap year: 31 January + 1 month = 29 February.
        assertEquals(List.of(), MeetingSchedule.check(dates(
                "2028-01-31", "2028-02-29", "2028-03-29", "2028-04-29", "2028-05-29", "2028-06-29")));
        assertEquals(List.of(new MeetingSchedule.Violation(ScheduleRule.MAX_ONE_MONTH_APART, 2)),
                MeetingSchedule.check(dates(
                        "2028-01-31", "2028-03-01", "2028-03-29", "2028-04-29", "2028-05-29", "2028-06-29")));
        // 2027 is not: 31 January + 1 month = 28 February.
        assertEquals(List.of(new MeetingSchedule.Violation(ScheduleRule.MAX_ONE_MONTH_APART, 2)),
                MeetingSchedule.check(dates(
                        "2027-01-31", "2027-03-01", "2027-03-28", "2027-04-28", "2027-05-28", "2027-06-28")));
    }

    @Test
    void sevenMeetingsOrFiveAreRefused() {
        List<LocalDate> seven = new ArrayList<>(dates(
                "2026-09-15", "2026-10-01", "2026-10-15", "2026-11-01", "2026-11-15", "2026-12-01"));
        seven.add(LocalDate.parse("2026-12-15"));
        List<MeetingSchedule.Violation> violations = MeetingSchedule.check(seven);
        assertEquals(ScheduleRule.SIX_MEETINGS, violations.get(0).rule());
        assertTrue(!violations.get(0).rule().isOverridable());
        assertEquals(ScheduleRule.SIX_MEETINGS, MeetingSchedule.check(seven.subList(0, 5)).get(0).rule());
    }

    @Test
    void meetingsOutOfOrderCannotBeOverridden() {
        List<MeetingSchedule.Violation> violations = MeetingSchedule.check(dates(
                "2026-09-15", "2026-10-15", "2026-10-15", "2026-11-15", "2026-12-15", "2027-01-15"));
        assertEquals(List.of(new MeetingSchedule.Violation(ScheduleRule.IN_ORDER, 3)), violations);
        assertTrue(!ScheduleRule.IN_ORDER.isOverridable());
    }

    @Test
    void theLastMeetingMustFallWithinSixMonthsOfTheFirst() {
        // Every gap is at most a month, but together they run past six months.
        List<MeetingSchedule.Violation> violations = MeetingSchedule.check(dates(
                "2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01", "2027-01-01", "2027-03-02"));
        assertTrue(violations.contains(new MeetingSchedule.Violation(ScheduleRule.WITHIN_SIX_MONTHS, 6)), violations.toString());
        assertEquals(List.of(), MeetingSchedule.check(dates(
                "2026-09-01", "2026-10-01", "2026-11-01", "2026-12-01", "2027-01-01", "2027-02-01")));
    }
}
