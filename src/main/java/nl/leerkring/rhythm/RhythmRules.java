package nl.leerkring.rhythm;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place that decides who gets which reminder when: used by the job that sends them and by
 * the facilitator's list of upcoming mails. Pure: it reads only the facts it is given.
 *
 * <p>Meetings are wall-clock date-times in the cohort's zone. The halfway point and "N days after"
 * are computed on the wall clock and only then turned into an instant with the zone, so a change to
 * or from summer time between two meetings never shifts a reminder's hour.
 *
 * <p>Each reminder has a window: from when it is due until the moment it no longer makes sense (the
 * next meeting, or the start meeting for the nudge). Outside its window it is neither sent nor listed,
 * so a cohort entered late or a job that was off does not flood anybody with stale reminders.
 */
public final class RhythmRules {

    /** How long after the last meeting its reflection reminder may still go out. */
    public static final int LAST_REFLECTION_WINDOW_DAYS = 14;

    /**
     * A meeting as the rules need it: its id, number (1 = start meeting), wall-clock start, and whether
     * it was cancelled (a cancelled meeting has no reminders, and the ones around it skip it).
     */
    public record MeetingFact(long id, int number, LocalDateTime startsAt, boolean cancelled) {

        public MeetingFact(long id, int number, LocalDateTime startsAt) {
            this(id, number, startsAt, false);
        }
    }

    /** An accepted member. */
    public record MemberFact(long personId, String name, String email, String language) {
    }

    /** A practice plan made after a meeting, open while it has no report. */
    public record PlanFact(long meetingId, long personId, String question, boolean reported) {
    }

    /** Everything about one cohort the rules look at, gathered with a fixed number of queries. */
    public record CohortFacts(long cohortId, String cohortName, RhythmSettings.Values settings,
            List<MeetingFact> meetings, List<MemberFact> members, List<PlanFact> plans,
            Set<String> presentPairs, Set<String> reflectedPairs, Set<Long> scanSubmitted, Set<Long> askedRater) {
    }

    /** One reminder for one person: due at {@code dueAt}, sensible until {@code until}. */
    public record Reminder(ReminderKind kind, String key, MemberFact member, MeetingFact meeting,
            MeetingFact nextMeeting, String planQuestion, Instant dueAt, Instant until) {
    }

    private RhythmRules() {
    }

    /** Every reminder whose conditions hold on these facts, in order of due time, whatever their window. */
    public static List<Reminder> all(CohortFacts facts, ZoneId zone) {
        List<Reminder> reminders = new ArrayList<>();
        List<MeetingFact> meetings = facts.meetings().stream().filter(m -> !m.cancelled())
                .sorted(Comparator.comparingInt(MeetingFact::number)).toList();
        RhythmSettings.Values settings = facts.settings();
        for (int i = 0; i < meetings.size(); i++) {
            MeetingFact meeting = meetings.get(i);
            MeetingFact next = i + 1 < meetings.size() ? meetings.get(i + 1) : null;
            if (settings.meetingReminderOn()) {
                Instant due = instant(meeting.startsAt().minusDays(settings.meetingReminderDays()), zone);
                Instant until = instant(meeting.startsAt(), zone);
                for (MemberFact member : facts.members()) {
                    reminders.add(new Reminder(ReminderKind.MEETING_REMINDER,
                            key(ReminderKind.MEETING_REMINDER, meeting.id(), member.personId()), member, meeting, next,
                            null, due, until));
                }
            }
            if (settings.halfwayOn() && next != null) {
                Instant due = instant(halfway(meeting.startsAt(), next.startsAt()), zone);
                Instant until = instant(next.startsAt(), zone);
                for (MemberFact member : facts.members()) {
                    facts.plans().stream()
                            .filter(p -> p.meetingId() == meeting.id() && p.personId() == member.personId() && !p.reported())
                            .findFirst()
                            .ifPresent(plan -> reminders.add(new Reminder(ReminderKind.HALFWAY,
                                    key(ReminderKind.HALFWAY, meeting.id(), member.personId()), member, meeting, next,
                                    plan.question(), due, until)));
                }
            }
            if (settings.reflectionOn()) {
                Instant due = instant(meeting.startsAt().plusDays(settings.reflectionDays()), zone);
                Instant until = next != null ? instant(next.startsAt(), zone)
                        : instant(meeting.startsAt().plusDays(settings.reflectionDays() + LAST_REFLECTION_WINDOW_DAYS), zone);
                for (MemberFact member : facts.members()) {
                    String pair = meeting.id() + ":" + member.personId();
                    if (facts.presentPairs().contains(pair) && !facts.reflectedPairs().contains(pair)) {
                        reminders.add(new Reminder(ReminderKind.REFLECTION,
                                key(ReminderKind.REFLECTION, meeting.id(), member.personId()), member, meeting, next,
                                null, due, until));
                    }
                }
            }
            if (settings.scanNudgeOn() && meeting.number() == 1) {
                Instant due = instant(meeting.startsAt().minusDays(settings.scanNudgeDays()), zone);
                Instant until = instant(meeting.startsAt(), zone);
                for (MemberFact member : facts.members()) {
                    if (!facts.scanSubmitted().contains(member.personId()) || !facts.askedRater().contains(member.personId())) {
                        reminders.add(new Reminder(ReminderKind.SCAN_NUDGE,
                                ReminderKind.SCAN_NUDGE.keyPrefix() + ":" + facts.cohortId() + ":" + member.personId(),
                                member, meeting, null, null, due, until));
                    }
                }
            }
        }
        reminders.sort(Comparator.comparing(Reminder::dueAt).thenComparing(Reminder::key));
        return reminders;
    }

    /** The reminders to send now: due, still within their window, not sent or skipped before. */
    public static List<Reminder> dueNow(CohortFacts facts, ZoneId zone, Instant now, Set<String> doneKeys) {
        return all(facts, zone).stream()
                .filter(r -> !r.dueAt().isAfter(now) && now.isBefore(r.until()) && !doneKeys.contains(r.key()))
                .toList();
    }

    /** The reminders still to come or due now: within or before their window, not sent or skipped. */
    public static List<Reminder> upcoming(CohortFacts facts, ZoneId zone, Instant now, Set<String> doneKeys) {
        return all(facts, zone).stream()
                .filter(r -> now.isBefore(r.until()) && !doneKeys.contains(r.key()))
                .toList();
    }

    /** Halfway between two wall-clock times, on the wall clock (to the minute). */
    static LocalDateTime halfway(LocalDateTime from, LocalDateTime to) {
        long minutes = java.time.Duration.between(from, to).toMinutes();
        return from.plusMinutes(minutes / 2);
    }

    static String key(ReminderKind kind, long meetingId, long personId) {
        return kind.keyPrefix() + ":" + meetingId + ":" + personId;
    }

    private static Instant instant(LocalDateTime wallClock, ZoneId zone) {
        return wallClock.atZone(zone).toInstant();
    }
}
