package nl.leerkring.cohort;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
     * Six meetings one month apart from the start date, each at the default time. Each date is
     * a month after the one before (not after the start), so a start on the 31st still keeps
     * every gap within a month: 31 January, 28 February, 28 March ...
     */
    public static List<LocalDateTime> propose(LocalDate start) {
        List<LocalDateTime> dates = new ArrayList<>();
        LocalDate date = start;
        for (int i = 0; i < MEETINGS; i++) {
            dates.add(date.atTime(DEFAULT_START));
            date = date.plusMonths(1);
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
