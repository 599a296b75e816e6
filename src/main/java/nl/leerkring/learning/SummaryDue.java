package nl.leerkring.learning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When the summary of a held meeting is due (seed 003 §4.1: within a week). Counted in calendar
 * days on the wall clock of the meetings: from day 5 after the meeting the facilitator is warned,
 * after day 7 the summary is overdue. A sent summary, or a meeting still to come, warns nobody.
 */
public final class SummaryDue {

    /** The day after the meeting from which the facilitator is warned. */
    public static final int WARN_FROM_DAY = 5;
    /** The last day on which the summary is in time. */
    public static final int DUE_BY_DAY = 7;

    public enum State { NONE, DUE, OVERDUE }

    private SummaryDue() {
    }

    /**
     * @param meetingStart the meeting's local wall-clock start
     * @param sent         whether the summary went out
     * @param now          now on the same wall clock
     */
    public static State of(LocalDateTime meetingStart, boolean sent, LocalDateTime now) {
        if (sent || meetingStart.isAfter(now)) {
            return State.NONE;
        }
        long day = daysAfter(meetingStart, now.toLocalDate());
        if (day > DUE_BY_DAY) {
            return State.OVERDUE;
        }
        return day >= WARN_FROM_DAY ? State.DUE : State.NONE;
    }

    /** Whole calendar days from the meeting's day to today: the meeting's own day is day 0. */
    static long daysAfter(LocalDateTime meetingStart, LocalDate today) {
        return ChronoUnit.DAYS.between(meetingStart.toLocalDate(), today);
    }
}
