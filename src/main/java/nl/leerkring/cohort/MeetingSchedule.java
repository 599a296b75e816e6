package nl.leerkring.cohort;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/** The cycle's planning rules: a proposal of six dates, and the check of a plan against the rules. */
public final class MeetingSchedule {

    public static final int MEETINGS = 6;
    public static final int DEFAULT_DURATION_MINUTES = 180;
    public static final LocalTime DEFAULT_START = LocalTime.of(14, 0);

    /** A broken rule, at the meeting (1 to 6) where it shows. */
    public record Violation(ScheduleRule rule, int meetingNumber) {
    }

    private MeetingSchedule() {
    }

    /**
     * Six meetings about a month apart, all on the weekday of the start date: each meeting is on the
     * last such weekday within a month after the one before, so no gap breaks the month rule and no
     * meeting falls in a weekend. A start on a Saturday or Sunday moves to the Monday after it.
     * From Monday 7 September: 5 October, 2 November, 30 November, 28 December, 25 January.
     */
    public static List<LocalDateTime> propose(LocalDate start) {
        List<LocalDateTime> dates = new ArrayList<>();
        LocalDate date = switch (start.getDayOfWeek()) {
            case SATURDAY -> start.plusDays(2);
            case SUNDAY -> start.plusDays(1);
            default -> start;
        };
        for (int i = 0; i < MEETINGS; i++) {
            dates.add(date.atTime(DEFAULT_START));
            date = date.plusMonths(1).with(TemporalAdjusters.previousOrSame(date.getDayOfWeek()));
        }
        return dates;
    }

    /**
     * Checks meeting dates in their numbered order. "One month" is a calendar month: from
     * 31 January the next meeting may be on 29 February in a leap year, not on 1 March.
     */
    public static List<Violation> check(List<LocalDate> dates) {
        List<Violation> violations = new ArrayList<>();
        if (dates.size() != MEETINGS) {
            violations.add(new Violation(ScheduleRule.SIX_MEETINGS, Math.min(dates.size(), MEETINGS + 1)));
            return violations;
        }
        for (int i = 1; i < dates.size(); i++) {
            LocalDate previous = dates.get(i - 1);
            LocalDate current = dates.get(i);
            if (!current.isAfter(previous)) {
                violations.add(new Violation(ScheduleRule.IN_ORDER, i + 1));
            } else if (current.isAfter(previous.plusMonths(1))) {
                violations.add(new Violation(ScheduleRule.MAX_ONE_MONTH_APART, i + 1));
            }
        }
        if (dates.get(MEETINGS - 1).isAfter(dates.get(0).plusMonths(6))) {
            violations.add(new Violation(ScheduleRule.WITHIN_SIX_MONTHS, MEETINGS));
        }
        return violations;
    }
}
