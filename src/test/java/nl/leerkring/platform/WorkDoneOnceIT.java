package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;
import nl.leerkring.testsupport.TestSupport.MeetingRow;

/**
 * Several app instances share one database and run the same background jobs on their own timers: here
 * the rounds run at the same moment in threads of one server, racing for the same rows, and each
 * piece of work is still done once. (The outbox drain: {@code OutboxIT}; reruns of the rhythm and the
 * digest: {@code RhythmIT}, {@code RhythmSixMonthsIT}.)
 */
@OnServer
class WorkDoneOnceIT {

    private Server server;
    private TestSupport support;

    @Test
    void feedbackRemindersOfRoundsAtTheSameMomentGoOnceEach() {
        FacesClient participant = server.logIn(support.person("wdo-asker", "PARTICIPANT"));
        List<String> raters = List.of(TestSupport.uniqueEmail("wdo-r1"), TestSupport.uniqueEmail("wdo-r2"),
                TestSupport.uniqueEmail("wdo-r3"));
        for (String rater : raters) {
            Page asked = participant.submit(participant.get("feedback/mine.xhtml"), "ask", "submit",
                    Map.of("role", "COLLEAGUE", "name", "Rater", "email", rater));
            assertTrue(asked.contains("staat klaar om te versturen"), asked.body());
            support.post("feedback/age", Map.of("rater", rater));
        }

        int queued = Integer.parseInt(support.post("ops/feedback-reminders-concurrently", Map.of("rounds", "4")));

        assertTrue(queued >= raters.size(), "at least our three reminders: " + queued);
        for (String rater : raters) {
            assertEquals("1", support.get("outbox/count?to=" + rater + "&kind=feedback-reminder"), "one reminder to " + rater);
        }
        support.post("ops/feedback-reminders-concurrently", Map.of("rounds", "4"));
        for (String rater : raters) {
            assertEquals("1", support.get("outbox/count?to=" + rater + "&kind=feedback-reminder"),
                    "the next reminder waits its days again: " + rater);
        }
    }

    @Test
    void aDailyJobClaimedByManyAtOnceRunsOnOne() {
        String job = support.post("ops/daily-job", Map.of());
        assertEquals("1", support.post("ops/daily-claims-concurrently", Map.of("job", job, "claims", "6")));
        assertEquals("0", support.post("ops/daily-claims-concurrently", Map.of("job", job, "claims", "3")), "the day is taken");
    }

    @Test
    void dataExportsClaimedByManyAtOnceAreEachTakenOnce() {
        String people = String.join(",", support.person("wdo-e1", "PARTICIPANT"), support.person("wdo-e2", "PARTICIPANT"),
                support.person("wdo-e3", "PARTICIPANT"));
        List<String> ours = Arrays.asList(support.post("ops/exports", Map.of("emails", people)).split(","));

        // A claim takes at most five exports, and other tests may have left some due: race until ours are taken.
        List<String> claimed = new ArrayList<>();
        for (int round = 0; round < 10 && !claimed.containsAll(ours); round++) {
            String ids = support.post("ops/export-claims-concurrently", Map.of("claims", "4"));
            if (!ids.isEmpty()) {
                claimed.addAll(Arrays.asList(ids.split(",")));
            }
        }

        Map<String, Long> times = claimed.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        times.forEach((id, count) -> assertEquals(1L, count, "export " + id + " claimed " + count + " times"));
        for (String id : ours) {
            assertEquals(1L, times.getOrDefault(id, 0L), "our export " + id + " is claimed by one of them");
        }
    }

    @Test
    void rhythmRoundsAtTheSameMomentQueueANewReminderOnce() {
        String anna = support.person("wdoanna", "PARTICIPANT");
        String bob = support.person("wdobob", "PARTICIPANT");
        FacesClient facilitator = server.logIn(support.person("wdofac", "FACILITATOR"));
        String cohort = Cohorts.create(facilitator, "Tegelijk", LocalDate.now().plusDays(40), anna, bob);
        MeetingRow start = support.meetings(cohort).get(0);
        int annaBefore = count(anna);
        int bobBefore = count(bob);
        try {
            // Seven days before the start meeting the self-scan nudge is due; no round ran before these four.
            support.post("rhythm/clock/to", Map.of("local", start.startsAt().minusDays(7).plusMinutes(1).toString()));
            support.post("rhythm/rounds-concurrently", Map.of("rounds", "4"));
            assertEquals(annaBefore + 1, count(anna), "one nudge to Anna");
            assertEquals(bobBefore + 1, count(bob), "one nudge to Bob");
        } finally {
            support.post("rhythm/clock/reset", Map.of());
        }
    }

    private int count(String to) {
        return Integer.parseInt(support.get("outbox/count?to=" + to));
    }
}
