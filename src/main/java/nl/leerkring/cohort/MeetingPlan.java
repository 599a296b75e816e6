package nl.leerkring.cohort;

import java.time.LocalDateTime;

/** What the facilitator fills in for one meeting on the planning page. */
public record MeetingPlan(int number, LocalDateTime startsAt, int durationMinutes, String location, String onlineLink) {
}
