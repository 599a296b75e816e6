package nl.leerkring.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The summary after a meeting (issue 11 §2): drafted from the meeting record, only for the
 * cohort's facilitators (404 for everybody else), sent once to each participant however often
 * the button is pressed, escaped in the HTML mail and on the participant's page; warnings for
 * held meetings without a sent summary.
 */
@OnServer
class MeetingSummaryIT {

    private static final String HOSTILE = "<script>alert('x')</script> & <b>vet</b>";

    private Server server;
    private TestSupport support;

    /** The summary mails to the address (the invitations may arrive in the same drain). */
    private static List<MailCatcher.Mail> summaries(MailCatcher mailServer, String email) {
        return mailServer.mailsTo(email).stream().filter(m -> m.subject().startsWith("Samenvatting")).toList();
    }

    @Test
    void aFacilitatorSendsTheDraftedSummaryOnceToEachParticipantAndNobodyElseMayTouchIt() throws Exception {
        String facilitatorEmail = support.person("fac-sum", "FACILITATOR");
        String otherFacilitatorEmail = support.person("fac-sum-other", "FACILITATOR");
        String coordinatorEmail = support.person("coord-sum", "COORDINATOR");
        String p1Email = support.person("wpb-sum-1", "PARTICIPANT");
        String p2Email = support.person("wpb-sum-2", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        // Started 45 days ago: meetings 1 and 2 held (meeting 2 about two weeks ago), meeting 3 to come.
        String cohort = Cohorts.create(facilitator, "Samenvatting IT", LocalDate.now().minusDays(45), p1Email, p2Email);
        FacesClient otherFacilitator = server.logIn(otherFacilitatorEmail);
        Cohorts.create(otherFacilitator, "Ander cohort samenvatting IT", LocalDate.now().minusDays(45));
        FacesClient coordinator = server.logIn(coordinatorEmail);
        FacesClient p1 = server.logIn(p1Email);
        List<String> meetings = Cohorts.meetingIds(facilitator, cohort);
        String meeting2 = meetings.get(1);
        String meeting3 = meetings.get(2);

        facilitator.submit(facilitator.get("cohort/meeting.xhtml?id=" + meeting2), "outcome", "save",
                Map.of("homework", "Bespreek het stageplan met je student.", "notes", "Goede sfeer."));
        facilitator.submit(facilitator.get("cohort/meeting.xhtml?id=" + meeting3), "prep", "save",
                Map.of("theory", "Lees hoofdstuk 3 over feedback geven."));

        // The warnings: both held meetings are more than a week ago without a summary.
        Page view = facilitator.get("cohort/view.xhtml?id=" + cohort);
        assertTrue(view.contains("Samenvatting van bijeenkomst 2 is te laat"), view.body());
        assertTrue(view.contains("Samenvatting van bijeenkomst 1 is te laat"));
        assertTrue(facilitator.get("dashboard.xhtml").contains("Samenvatting IT: Samenvatting van bijeenkomst 2 is te laat"));
        assertFalse(otherFacilitator.get("dashboard.xhtml").contains("Samenvatting IT"), "not another facilitator's cohort");

        // The draft: homework, theory for next time, the next meeting's day and time.
        Page draft = facilitator.get("learning/summary.xhtml?meeting=" + meeting2);
        assertEquals(200, draft.status());
        String text = Jsoup.parse(draft.body()).select("textarea").text();
        assertTrue(text.contains("Bespreek het stageplan met je student."), text);
        assertTrue(text.contains("Lees hoofdstuk 3 over feedback geven."), text);
        assertFalse(text.contains("Goede sfeer"), "the notes stay the facilitator's");
        String next = Jsoup.parse(draft.body()).select("#next-meeting").text();
        assertTrue(next.matches(".*\\d{1,2} \\p{L}+ \\d{4}, \\d{2}:\\d{2}.*"), next);
        assertTrue(draft.contains("Nog niet verstuurd."));

        // Nobody else: 404 on the page, and a post of the facilitator's form from another session sends nothing.
        assertEquals(404, otherFacilitator.get("learning/summary.xhtml?meeting=" + meeting2).status());
        assertEquals(404, coordinator.get("learning/summary.xhtml?meeting=" + meeting2).status());
        assertEquals(404, p1.get("learning/summary.xhtml?meeting=" + meeting2).status());
        assertEquals(404, facilitator.get("learning/summary.xhtml?meeting=abc").status());
        assertEquals(404, facilitator.get("learning/summary.xhtml?meeting=" + (Long.parseLong(meeting2) + 100_000)).status());

        try (MailCatcher mailServer = new MailCatcher().start()) {
            otherFacilitator.submit(draft, "summary", "send", Map.of("text", "Van een ander"));
            p1.submit(draft, "summary", "send", Map.of("text", "Van een deelnemer"));
            support.drain();
            assertEquals(0, summaries(mailServer, p1Email).size(), "no summary mailed by an outsider");
            assertTrue(facilitator.get("learning/summary.xhtml?meeting=" + meeting2).contains("Nog niet verstuurd."));

            // A meeting still to come cannot get its summary sent.
            Page early = facilitator.submit(facilitator.get("learning/summary.xhtml?meeting=" + meeting3), "summary",
                    "save", Map.of("text", "Vooruit"));
            assertTrue(early.contains("Het concept van de samenvatting is opgeslagen."), early.body());
            assertFalse(Jsoup.parse(early.body()).select("[id='summary:send']").hasText(), "no send button before the meeting");
            assertTrue(early.contains("zodra de bijeenkomst is begonnen"));

            // Send, and again as a double click would: one mail each.
            Page sent = facilitator.submit(draft, "summary", "send", Map.of("text", HOSTILE + "\nTot de volgende keer!"));
            assertTrue(sent.contains("De samenvatting is verstuurd; 2 nieuwe mails staan klaar."), sent.body());
            Page again = facilitator.submit(draft, "summary", "send", Map.of("text", HOSTILE + "\nTot de volgende keer!"));
            assertTrue(again.contains("De samenvatting is verstuurd; er was niemand meer die hem nog niet kreeg."), again.body());
            assertFalse(again.body().contains("<script>alert"), "the edited text is escaped on the page");
            assertTrue(again.contains("Verstuurd op"));
            support.drain();
            List<MailCatcher.Mail> toP1 = summaries(mailServer, p1Email);
            assertEquals(1, toP1.size(), "one summary however often it is sent");
            assertEquals(1, summaries(mailServer, p2Email).size());
            MailCatcher.Mail mail = toP1.get(0);
            assertTrue(mail.subject().contains("Samenvatting"), mail.subject());
            assertTrue(mail.text().contains(HOSTILE), mail.text());
            assertTrue(mail.text().contains("learning/plans.xhtml?cohort=" + cohort), mail.text());
            assertTrue(mail.text().contains("learning/reflect.xhtml?meeting=" + meeting2), mail.text());
            assertTrue(mail.html().contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;vet&lt;/b&gt;"),
                    mail.html());
            assertFalse(mail.html().contains("<script>"), mail.html());
            assertFalse(mail.html().contains("<b>vet"), mail.html());
        }

        // The participant sees it with its sent date, escaped; the warning for meeting 2 is gone.
        Page mine = p1.get("cohort/mine.xhtml");
        assertTrue(mine.contains("Samenvattingen van de bijeenkomsten"), mine.body());
        assertTrue(mine.contains("Verstuurd op"));
        assertTrue(mine.contains("&lt;script&gt;alert"), mine.body());
        assertFalse(mine.body().contains("<script>alert"));
        Page after = facilitator.get("cohort/view.xhtml?id=" + cohort);
        assertFalse(after.contains("Samenvatting van bijeenkomst 2"), after.body());
        assertTrue(after.contains("Samenvatting van bijeenkomst 1 is te laat"));
    }
}
