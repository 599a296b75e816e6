package nl.leerkring.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import nl.leerkring.learning.SummaryDue.State;

class SummaryDueTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Meeting 2 on a Tuesday evening, Amsterdam wall-clock time. */
    private static final LocalDateTime MEETING = LocalDateTime.of(2026, 3, 24, 19, 0);

    /** Now on the meetings' wall clock, read from a clock as the service reads it. */
    private static LocalDateTime at(String utcInstant) {
        return LocalDateTime.now(Clock.fixed(Instant.parse(utcInstant), AMSTERDAM));
    }

    @Test
    void nothingBeforeDayFive() {
        assertEquals(State.NONE, SummaryDue.of(MEETING, false, at("2026-03-24T16:00:00Z")), "before the meeting");
        assertEquals(State.NONE, SummaryDue.of(MEETING, false, at("2026-03-24T21:00:00Z")), "the evening itself");
        assertEquals(State.NONE, SummaryDue.of(MEETING, false, at("2026-03-28T22:59:00Z")), "day 4, 23:59 local");
    }

    @Test
    void warnedFromDayFiveToDaySeven() {
        assertEquals(State.DUE, SummaryDue.of(MEETING, false, at("2026-03-28T23:00:00Z")), "day 5, 00:00 local");
        // Summer time starts on 29 March: day 7 ends at 22:00 UTC.
        assertEquals(State.DUE, SummaryDue.of(MEETING, false, at("2026-03-31T21:59:00Z")), "day 7, 23:59 local");
    }

    @Test
    void overdueAfterDaySeven() {
        assertEquals(State.OVERDUE, SummaryDue.of(MEETING, false, at("2026-03-31T22:00:00Z")), "day 8, 00:00 local");
        assertEquals(State.OVERDUE, SummaryDue.of(MEETING, false, at("2026-05-01T10:00:00Z")));
    }

    @Test
    void aSentSummaryWarnsNobody() {
        assertEquals(State.NONE, SummaryDue.of(MEETING, true, at("2026-03-30T10:00:00Z")));
        assertEquals(State.NONE, SummaryDue.of(MEETING, true, at("2026-05-01T10:00:00Z")));
    }
}
