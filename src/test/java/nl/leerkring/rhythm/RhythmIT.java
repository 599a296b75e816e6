package nl.leerkring.rhythm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;
import nl.leerkring.testsupport.TestSupport.MeetingRow;

/**
 * A cohort walked through its six months with a moved clock: exactly which reminders go out when,
 * a re-run and concurrent runs of the job add none, skip and send now, and the pages are the cohort's
 * facilitators' only.
 */
@OnServer
class RhythmIT {

    private static final String HALFWAY_NL = "Halverwege naar bijeenkomst";
    private static final String HALFWAY_EN = "Halfway to meeting";
    private static final String REFLECTION_NL = "Je reflectie op bijeenkomst";
    private static final String NUDGE_NL = "Voor de startbijeenkomst";
    private static final String NUDGE_EN = "Before the start meeting";

    private Server server;
    private TestSupport support;

    @Test
    void aCohortsSixMonthsSendExactlyTheRemindersTheRulesSayOnceEach() throws Exception {
        String facilitatorEmail = support.person("rhfac", "FACILITATOR");
        String anna = support.person("rhanna", "PARTICIPANT");
        String bob = support.person("rhbob", "PARTICIPANT");
        String cees = support.person("rhcees", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        FacesClient outsider = server.logIn(support.person("rhother", "FACILITATOR"));
        String cohort = Cohorts.create(facilitator, "Ritmekring", LocalDate.now().plusDays(40), anna, bob, cees);
        List<MeetingRow> meetings = support.meetings(cohort);
        assertEquals(6, meetings.size());
        MeetingRow m1 = meetings.get(0);
        MeetingRow m2 = meetings.get(1);

        try (MailCatcher mail = new MailCatcher().start()) {
            support.drain();
            int annaBefore = mail.mailsTo(anna).size();
            int bobBefore = mail.mailsTo(bob).size();
            int ceesBefore = mail.mailsTo(cees).size();
            assertEquals(404, outsider.get("rhythm/settings.xhtml?cohort=" + cohort).status(),
                    "another cohort's facilitator finds no settings or upcoming list");
            assertEquals(404, outsider.get("rhythm/log.xhtml?cohort=" + cohort).status(), "nor the mail log");
            // This walk counts the reminders between meetings; the one before each meeting is switched off
            // (RhythmSixMonthsIT counts it), and so is left out of the upcoming list.
            Page off = facilitator.submit(facilitator.get("rhythm/settings.xhtml?cohort=" + cohort), "settings", "submit",
                    Map.of("meetingReminderOn", "false"));
            assertTrue(off.contains("De instellingen zijn opgeslagen."), off.body());
            assertEquals(0, count(off.body(), "Voor de bijeenkomst"), "no meeting reminders listed");

            // Eight days before the start meeting: the nudge is upcoming, not due. The facilitator skips Cees's.
            // Other ITs' cohorts share the database, so the counts are of mails queued to this cohort's people.
            List<String> people = List.of(anna, bob, cees);
            int queued = queued(support, people);
            moveTo(support, m1.startsAt().minusDays(8));
            support.post("rhythm/round", Map.of());
            assertEquals(queued, queued(support, people));
            Page upcoming = facilitator.get("rhythm/settings.xhtml?cohort=" + cohort);
            assertEquals(200, upcoming.status());
            assertEquals(3, count(upcoming.body(), "Zelfscan en feedback"), upcoming.body());
            Page skipped = facilitator.submit(upcoming, "upcoming", button(upcoming, "rhcees Tester", "skip"), Map.of());
            assertTrue(skipped.contains("wordt niet verstuurd"), skipped.body());
            assertEquals(2, count(skipped.body(), "Zelfscan en feedback"));

            // Seven days before: the nudge goes to Anna and Bob, once, however many rounds run at once.
            moveTo(support, m1.startsAt().minusDays(7).plusMinutes(1));
            support.post("rhythm/round", Map.of());
            assertEquals(queued + 2, queued(support, people));
            support.post("rhythm/round", Map.of());
            assertEquals(queued + 2, queued(support, people), "a re-run adds none");
            support.post("rhythm/rounds-concurrently", Map.of("rounds", "4"));
            assertEquals(queued + 2, queued(support, people), "nor do concurrent runs");
            support.drain();

            // The start meeting is held: Anna present, Bob late, Cees absent; everybody makes a plan; Bob reports on his.
            moveTo(support, m1.startsAt().plusHours(3));
            String m1Id = m1.id();
            support.post("rhythm/attendance", Map.of("meeting", m1Id, "facilitator", facilitatorEmail, "email", anna, "status", "PRESENT"));
            support.post("rhythm/attendance", Map.of("meeting", m1Id, "facilitator", facilitatorEmail, "email", bob, "status", "LATE"));
            support.post("rhythm/attendance", Map.of("meeting", m1Id, "facilitator", facilitatorEmail, "email", cees, "status", "ABSENT"));
            for (String person : List.of(anna, bob, cees)) {
                support.post("rhythm/plan", Map.of("meeting", m1Id, "email", person, "question", "Doorvragen bij " + person.substring(0, 6)));
            }
            support.post("rhythm/report", Map.of("meeting", m1Id, "email", bob));

            // Cees's halfway reminder is sent now by the facilitator, before it is due.
            Page before = facilitator.get("rhythm/settings.xhtml?cohort=" + cohort);
            Page sent = facilitator.submit(before, "upcoming", button(before, "rhcees Tester", "sendNow"), Map.of());
            assertTrue(sent.contains("staat klaar om te versturen"), sent.body());
            support.drain();
            assertEquals(1, subjects(mail, cees, HALFWAY_NL), "sent at once");

            // Two days later the reflection reminder goes to Anna (present, not reflected); Bob reflected first.
            moveTo(support, m1.startsAt().plusDays(1));
            support.post("rhythm/reflect", Map.of("meeting", m1Id, "email", bob));
            support.post("rhythm/round", Map.of());
            assertEquals(queued + 3, queued(support, people), "the nudges and Cees's halfway mail");
            moveTo(support, m1.startsAt().plusDays(2).plusMinutes(1));
            support.post("rhythm/round", Map.of());
            assertEquals(queued + 4, queued(support, people));
            support.drain();

            // Halfway to meeting 2: Anna, whose plan is open; not Bob (reported), not Cees again.
            LocalDateTime halfway = m1.startsAt().plusMinutes(java.time.Duration.between(m1.startsAt(), m2.startsAt()).toMinutes() / 2);
            moveTo(support, halfway.minusMinutes(1));
            support.post("rhythm/round", Map.of());
            assertEquals(queued + 4, queued(support, people));
            moveTo(support, halfway.plusMinutes(1));
            support.post("rhythm/round", Map.of());
            support.post("rhythm/rounds-concurrently", Map.of("rounds", "3"));
            assertEquals(queued + 5, queued(support, people));
            support.drain();

            // The rest of the six months: nothing was recorded or planned, so nothing more is sent.
            for (MeetingRow meeting : meetings.subList(1, 6)) {
                moveTo(support, meeting.startsAt().plusDays(2).plusMinutes(1));
                support.post("rhythm/round", Map.of());
                moveTo(support, meeting.startsAt().plusDays(15));
                support.post("rhythm/round", Map.of());
            }
            support.drain();

            assertEquals(1, subjects(mail, anna, NUDGE_NL));
            assertEquals(1, subjects(mail, anna, REFLECTION_NL));
            assertEquals(1, subjects(mail, anna, HALFWAY_NL));
            assertEquals(3, mail.mailsTo(anna).size() - annaBefore, "besides the invitation, Anna got exactly these three");
            assertEquals(1, subjects(mail, bob, NUDGE_NL) + subjects(mail, bob, NUDGE_EN));
            assertEquals(1, mail.mailsTo(bob).size() - bobBefore, "Bob reflected and reported: only the nudge");
            assertEquals(1, subjects(mail, cees, HALFWAY_NL));
            assertEquals(1, mail.mailsTo(cees).size() - ceesBefore, "Cees: the nudge skipped, absent at meeting 1, the halfway sent once");
            assertTrue(mail.mailsTo(anna).stream().filter(m -> m.subject().startsWith(HALFWAY_NL))
                    .allMatch(m -> m.text().contains("Doorvragen bij rhanna")), "the halfway mail names the plan");
            assertEquals(0, subjects(mail, anna, HALFWAY_EN));

            Page log = facilitator.get("rhythm/log.xhtml?cohort=" + cohort);
            assertEquals(200, log.status());
            assertEquals(6 * 4 + 5, count(log.body(), "status-SENT"),
                    "the cohort's log holds the meeting invitations (six for the facilitator and each of three) and its five reminders");
            assertEquals(404, outsider.get("rhythm/log.xhtml?cohort=" + cohort).status());
        } finally {
            support.post("rhythm/clock/reset", Map.of());
        }
    }

    private static int queued(TestSupport support, List<String> people) {
        return people.stream().mapToInt(to -> Integer.parseInt(support.get("outbox/count?to=" + to))).sum();
    }

    private static void moveTo(TestSupport support, LocalDateTime local) {
        support.post("rhythm/clock/to", Map.of("local", local.toString()));
    }

    private static int subjects(MailCatcher mail, String to, String subjectStart) {
        return (int) mail.mailsTo(to).stream().filter(m -> m.subject().startsWith(subjectStart)).count();
    }

    private static int count(String body, String text) {
        return body.split(Pattern.quote(text), -1).length - 1;
    }

    /** The id (without the form's prefix) of the button in the upcoming list's row for this person. */
    private static String button(Page page, String name, String which) {
        for (String row : page.body().split("<tr")) {
            if (row.contains(name)) {
                Matcher matcher = Pattern.compile("id=\"upcoming:(list:\\d+:" + which + ")\"").matcher(row);
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        throw new AssertionError("No " + which + " button for " + name + " in " + page.body());
    }
}
