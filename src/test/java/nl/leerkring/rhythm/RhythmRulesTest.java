package nl.leerkring.rhythm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.rhythm.RhythmRules.CohortFacts;
import nl.leerkring.rhythm.RhythmRules.MeetingFact;
import nl.leerkring.rhythm.RhythmRules.MemberFact;
import nl.leerkring.rhythm.RhythmRules.PlanFact;
import nl.leerkring.rhythm.RhythmRules.Reminder;

class RhythmRulesTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final MemberFact ANNA = new MemberFact(1, "Anna", "anna@example.nl", "nl");
    private static final MemberFact BOB = new MemberFact(2, "Bob", "bob@example.nl", "en");

    private static List<MeetingFact> meetings(LocalDateTime... starts) {
        return java.util.stream.IntStream.range(0, starts.length)
                .mapToObj(i -> new MeetingFact(100 + i + 1, i + 1, starts[i])).toList();
    }

    private static CohortFacts facts(RhythmSettings.Values settings, List<MeetingFact> meetings, List<PlanFact> plans,
            Set<String> present, Set<String> reflected, Set<Long> scans, Set<Long> asked) {
        return new CohortFacts(7, "Kring", settings, meetings, List.of(ANNA, BOB), plans, present, reflected, scans, asked);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(AMSTERDAM).toInstant();
    }

    private static List<Reminder> of(List<Reminder> all, ReminderKind kind) {
        return all.stream().filter(r -> r.kind() == kind).toList();
    }

    @Test
    void halfwayGoesToWhoeverHasAnOpenPlanOfTheMeetingAndNamesIt() {
        var meetings = meetings(LocalDateTime.parse("2026-02-02T15:00"), LocalDateTime.parse("2026-02-16T15:00"));
        var plans = List.of(new PlanFact(101, 1, "Vragen stellen", false), new PlanFact(101, 2, "Feedback geven", true));
        List<Reminder> halfway = of(RhythmRules.all(facts(RhythmSettings.Values.DEFAULTS, meetings, plans,
                Set.of(), Set.of(), Set.of(1L, 2L), Set.of(1L, 2L)), AMSTERDAM), ReminderKind.HALFWAY);
        assertEquals(1, halfway.size(), "Bob reported on his plan");
        Reminder r = halfway.get(0);
        assertEquals("halfway:101:1", r.key());
        assertEquals("Vragen stellen", r.planQuestion());
        assertEquals(at("2026-02-09T15:00"), r.dueAt());
        assertEquals(at("2026-02-16T15:00"), r.until());
    }

    @Test
    void halfwayAcrossTheChangeToSummerTimeInMarchKeepsTheWallClockHour() {
        // Summer time starts on Sunday 29 March 2026: the meetings are 15:00 on the wall clock either side.
        var meetings = meetings(LocalDateTime.parse("2026-03-16T15:00"), LocalDateTime.parse("2026-04-13T15:00"));
        Reminder r = of(RhythmRules.all(facts(RhythmSettings.Values.DEFAULTS, meetings,
                List.of(new PlanFact(101, 1, "Plan", false)), Set.of(), Set.of(), Set.of(), Set.of()), AMSTERDAM),
                ReminderKind.HALFWAY).get(0);
        ZonedDateTime due = r.dueAt().atZone(AMSTERDAM);
        assertEquals(LocalDateTime.parse("2026-03-30T15:00"), due.toLocalDateTime(), "15:00 on the wall clock, after the change");
        assertEquals(2, due.getOffset().getTotalSeconds() / 3600);
    }

    @Test
    void reflectionDaysAfterAMeetingAcrossTheChangeToWinterTimeInOctoberKeepTheHour() {
        // Winter time starts on Sunday 25 October 2026.
        var meetings = meetings(LocalDateTime.parse("2026-10-23T19:30"), LocalDateTime.parse("2026-11-20T19:30"));
        var present = Set.of("101:1", "101:2");
        List<Reminder> reflection = of(RhythmRules.all(facts(new RhythmSettings.Values(true, true, 3, true, 7, true, 3), meetings,
                List.of(), present, Set.of("101:2"), Set.of(), Set.of()), AMSTERDAM), ReminderKind.REFLECTION);
        assertEquals(1, reflection.size(), "Bob reflected already");
        Reminder r = reflection.get(0);
        assertEquals("reflection-reminder:101:1", r.key());
        ZonedDateTime due = r.dueAt().atZone(AMSTERDAM);
        assertEquals(LocalDateTime.parse("2026-10-26T19:30"), due.toLocalDateTime());
        assertEquals(1, due.getOffset().getTotalSeconds() / 3600);
        assertEquals(at("2026-11-20T19:30"), r.until(), "pointless once the next meeting starts");
    }

    @Test
    void theReflectionReminderGoesOnlyToWhoWasPresentOrLate() {
        var meetings = meetings(LocalDateTime.parse("2026-02-02T15:00"), LocalDateTime.parse("2026-03-02T15:00"));
        List<Reminder> reflection = of(RhythmRules.all(facts(RhythmSettings.Values.DEFAULTS, meetings, List.of(),
                Set.of("102:2"), Set.of(), Set.of(), Set.of()), AMSTERDAM), ReminderKind.REFLECTION);
        assertEquals(List.of("reflection-reminder:102:2"), reflection.stream().map(Reminder::key).toList());
        assertEquals(at("2026-03-04T15:00"), reflection.get(0).dueAt(), "two days by default");
        assertEquals(at("2026-03-18T15:00"), reflection.get(0).until(), "the last meeting's reminder keeps a window");
    }

    @Test
    void theScanNudgeGoesBeforeTheStartMeetingToWhoeverLacksAScanOrARater() {
        var meetings = meetings(LocalDateTime.parse("2026-03-30T09:00"), LocalDateTime.parse("2026-04-27T09:00"));
        List<Reminder> nudges = of(RhythmRules.all(facts(RhythmSettings.Values.DEFAULTS, meetings, List.of(),
                Set.of(), Set.of(), Set.of(1L, 2L), Set.of(2L)), AMSTERDAM), ReminderKind.SCAN_NUDGE);
        assertEquals(List.of("scan-nudge:7:1"), nudges.stream().map(Reminder::key).toList(), "Bob did both");
        // Seven days before 30 March 09:00 summer time is 23 March 09:00 winter time.
        assertEquals(at("2026-03-23T09:00"), nudges.get(0).dueAt());
        assertEquals(ZonedDateTime.parse("2026-03-23T08:00Z").toInstant(), nudges.get(0).dueAt());
    }

    @Test
    void settingsSwitchKindsOff() {
        var meetings = meetings(LocalDateTime.parse("2026-02-02T15:00"), LocalDateTime.parse("2026-03-02T15:00"));
        var facts = facts(new RhythmSettings.Values(false, false, 2, false, 7, false, 3), meetings,
                List.of(new PlanFact(101, 1, "Plan", false)), Set.of("101:1"), Set.of(), Set.of(), Set.of());
        assertTrue(RhythmRules.all(facts, AMSTERDAM).isEmpty());
    }

    @Test
    void dueNowTakesWhatIsDueWithinItsWindowAndNotDoneWhileUpcomingShowsWhatIsStillToCome() {
        var meetings = meetings(LocalDateTime.parse("2026-02-02T15:00"), LocalDateTime.parse("2026-02-16T15:00"));
        var facts = facts(RhythmSettings.Values.DEFAULTS, meetings,
                List.of(new PlanFact(101, 1, "Plan", false), new PlanFact(101, 2, "Ander plan", false)),
                Set.of("101:1", "101:2"), Set.of(), Set.of(1L, 2L), Set.of(1L, 2L));
        Instant beforeDue = at("2026-02-04T14:59");
        assertTrue(RhythmRules.dueNow(facts, AMSTERDAM, beforeDue, Set.of()).isEmpty());
        assertEquals(2, RhythmRules.upcoming(facts, AMSTERDAM, beforeDue, Set.of()).stream()
                .filter(r -> r.kind() == ReminderKind.REFLECTION).count());
        Instant afterHalfway = at("2026-02-09T15:00");
        List<String> due = RhythmRules.dueNow(facts, AMSTERDAM, afterHalfway, Set.of("reflection-reminder:101:2", "halfway:101:2"))
                .stream().map(Reminder::key).toList();
        assertEquals(List.of("reflection-reminder:101:1", "halfway:101:1"), due, "done keys are passed by, in order of due time");
        assertTrue(RhythmRules.dueNow(facts, AMSTERDAM, at("2026-02-16T15:00"), Set.of()).isEmpty(),
                "once the next meeting starts, nothing of the one before is sent");
    }

    @Test
    void theMeetingReminderGoesToEveryMemberDaysBeforeEachMeetingThatTakesPlace() {
        var meetings = List.of(new MeetingFact(101, 1, LocalDateTime.parse("2026-03-02T15:00")),
                new MeetingFact(102, 2, LocalDateTime.parse("2026-03-30T15:00"), true),
                new MeetingFact(103, 3, LocalDateTime.parse("2026-04-27T15:00")));
        var facts = facts(RhythmSettings.Values.DEFAULTS, meetings, List.of(), Set.of(), Set.of(), Set.of(1L, 2L), Set.of(1L, 2L));
        List<Reminder> reminders = of(RhythmRules.all(facts, AMSTERDAM), ReminderKind.MEETING_REMINDER);
        assertEquals(List.of("meeting-reminder:101:1", "meeting-reminder:101:2", "meeting-reminder:103:1",
                "meeting-reminder:103:2"), reminders.stream().map(Reminder::key).toList(), "none for the cancelled meeting 2");
        assertEquals(at("2026-02-27T15:00"), reminders.get(0).dueAt());
        assertEquals(at("2026-03-02T15:00"), reminders.get(0).until());
        // Three days before meeting 3 lies after the change to summer time; the hour stays 15:00 local.
        assertEquals(ZonedDateTime.parse("2026-04-24T13:00Z").toInstant(), reminders.get(2).dueAt());

        var fiveDays = facts(new RhythmSettings.Values(true, true, 2, true, 7, true, 5), meetings, List.of(), Set.of(),
                Set.of(), Set.of(1L, 2L), Set.of(1L, 2L));
        assertEquals(at("2026-02-25T15:00"), of(RhythmRules.all(fiveDays, AMSTERDAM), ReminderKind.MEETING_REMINDER).get(0).dueAt());
        var off = facts(new RhythmSettings.Values(true, true, 2, true, 7, false, 3), meetings, List.of(), Set.of(),
                Set.of(), Set.of(1L, 2L), Set.of(1L, 2L));
        assertTrue(of(RhythmRules.all(off, AMSTERDAM), ReminderKind.MEETING_REMINDER).isEmpty());
    }

    @Test
    void aCancelledMeetingIsSkippedByTheHalfwayReminderWhichAimsAtTheNextThatTakesPlace() {
        var meetings = List.of(new MeetingFact(101, 1, LocalDateTime.parse("2026-02-02T15:00")),
                new MeetingFact(102, 2, LocalDateTime.parse("2026-02-16T15:00"), true),
                new MeetingFact(103, 3, LocalDateTime.parse("2026-03-02T15:00")));
        var plans = List.of(new PlanFact(101, 1, "Vragen stellen", false));
        Reminder halfway = of(RhythmRules.all(facts(RhythmSettings.Values.DEFAULTS, meetings, plans, Set.of(), Set.of(),
                Set.of(1L, 2L), Set.of(1L, 2L)), AMSTERDAM), ReminderKind.HALFWAY).get(0);
        assertEquals(3, halfway.nextMeeting().number());
        assertEquals(at("2026-02-16T15:00"), halfway.dueAt());
    }
}
