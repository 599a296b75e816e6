package nl.leerkring.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/** A rater's whole path from the mail, the single-purpose link, reminders and who sees the result. */
@OnServer
class FeedbackIT {

    private static final String INVALID = "Deze link werkt niet (meer)";
    private static MailCatcher mailServer;

    private Server server;
    private TestSupport support;

    @BeforeAll
    static void startMailServer() {
        mailServer = new MailCatcher().start();
    }

    @AfterAll
    static void stopMailServer() {
        mailServer.stop();
    }

    /** Every scale question on the page gets this value, every open question this text. */
    static Map<String, String> answerAll(Page page, String formId, String value, String text) {
        Document document = Jsoup.parse(page.body());
        Set<String> names = new LinkedHashSet<>();
        for (Element radio : document.select("form#" + formId + " input[type=radio]")) {
            names.add(radio.attr("name"));
        }
        Map<String, String> fields = new HashMap<>();
        names.forEach(name -> fields.put(name.substring(formId.length() + 1), value));
        for (Element area : document.select("form#" + formId + " textarea")) {
            fields.put(area.attr("name").substring(formId.length() + 1), text);
        }
        return fields;
    }

    private void submitSelfScan(FacesClient participant) {
        Page fill = participant.submit(participant.get("scan/mine.xhtml"), "start", "submit", Map.of("moment", "START"));
        Page result = participant.submit(fill, "scan", "submit", answerAll(fill, "scan", "6", ""));
        assertEquals("Resultaat zelfscan", result.heading(), result.body());
    }

    private String ask(FacesClient participant, String role, String rater, boolean anonymous) {
        Map<String, String> fields = new HashMap<>(Map.of("role", role, "name", "Rater " + role, "email", rater));
        if (anonymous) {
            fields.put("anonymous", "on");
        }
        Page asked = participant.submit(participant.get("feedback/mine.xhtml"), "ask", "submit", fields);
        assertTrue(asked.contains("staat klaar om te versturen"), asked.body());
        support.drain();
        return mailServer.mailsTo(rater).get(mailServer.mailsTo(rater).size() - 1).appLink("feedback/give.xhtml?token=");
    }

    @Test
    void aRaterAnswersThroughTheLinkOnceAndTheParticipantSeesTheOverlay() throws Exception {
        String participantEmail = support.person("asker", "PARTICIPANT");
        FacesClient participant = server.logIn(participantEmail);
        submitSelfScan(participant);
        String rater = TestSupport.uniqueEmail("schoolopleider");
        String link = ask(participant, "SCHOOL_TEACHER_EDUCATOR", rater, false);
        MailCatcher.Mail mail = mailServer.onlyMailTo(rater);
        assertEquals("asker Tester vraagt je om feedback", mail.subject());
        assertTrue(mail.text().contains("ziet jouw antwoorden met je naam erbij"));

        FacesClient raterBrowser = server.client();
        Page form = raterBrowser.get(link);
        assertEquals("Feedback geven", form.heading(), form.body());
        assertTrue(form.contains("De wpb is in staat een goede professionele relatie op te bouwen"));
        Page incomplete = raterBrowser.submit(form, "give", "submit", Map.of("areas:0:items:0:answer", "4"));
        assertTrue(incomplete.contains("er zijn er nog 18 open"), incomplete.body());

        Map<String, String> answers = answerAll(form, "give", "4", "");
        answers.put("areas:0:items:0:answer", "0");
        Page thanks = raterBrowser.submit(raterBrowser.get(link), "give", "submit", answers);
        assertEquals("Bedankt!", thanks.heading(), thanks.body());

        assertEquals(INVALID, raterBrowser.get(link).heading(), "the link works once");
        char last = link.charAt(link.length() - 1);
        assertEquals(INVALID, raterBrowser.get(link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A')).heading());

        Page result = participant.get("feedback/result.xhtml");
        Document page = Jsoup.parse(result.body());
        assertEquals(5, page.select("#gaps tbody tr").size(), result.body());
        assertEquals("Schoolopleiders", page.select("#gaps tbody tr").first().select("td").first().text());
        assertTrue(page.select("#gaps tbody tr").text().contains("2,0"), "self 6 minus feedback 4");
        assertEquals(1, page.select("#radar").size());
        assertTrue(participant.get("feedback/mine.xhtml").contains("ingevuld"));

        // At the end of the track the same rater is asked again; the two rounds are compared, not mixed.
        Page prefilled = participant.submit(participant.get("feedback/mine.xhtml"), "requests", "list:0:askAgain", Map.of());
        assertTrue(prefilled.contains("aan het einde van het traject opnieuw te vragen"), prefilled.body());
        Page askedAgain = participant.submit(prefilled, "ask", "submit", Map.of());
        assertTrue(askedAgain.contains("staat klaar om te versturen"), askedAgain.body());
        support.drain();
        String endLink = mailServer.mailsTo(rater).get(mailServer.mailsTo(rater).size() - 1).appLink("feedback/give.xhtml?token=");
        Page endForm = raterBrowser.get(endLink);
        assertEquals("Bedankt!", raterBrowser.submit(endForm, "give", "submit", answerAll(endForm, "give", "6", "")).heading());
        Document end = Jsoup.parse(participant.get("feedback/result.xhtml?moment=END").body());
        assertTrue(end.select("#gaps tbody tr").first().text().endsWith("0,0"), end.select("#gaps").text());
        Document start = Jsoup.parse(participant.get("feedback/result.xhtml?moment=START").body());
        assertTrue(start.select("#gaps tbody tr").first().text().endsWith("2,0"), "the start round is unchanged");
    }

    private static String status(FacesClient participant) {
        return Jsoup.parse(participant.get("feedback/mine.xhtml").body()).select("#requests .status").text();
    }

    @Test
    void thankYouPagesDoNotCountAsWrongLinks() throws Exception {
        FacesClient participant = server.logIn(support.person("thanked", "PARTICIPANT"));
        String link = ask(participant, "COLLEAGUE", TestSupport.uniqueEmail("school"), false);
        // Thirty-one raters behind one school address each see the thank-you page.
        FacesClient school = server.client();
        for (int i = 0; i < 31; i++) {
            assertEquals("Bedankt!", school.get("feedback/give.xhtml?done=true").heading());
        }
        Page next = school.get(link);
        assertEquals("Feedback geven", next.heading(), "the next rater of that school still gets the form");
    }

    @Test
    void fetchingTheLinkIsNotOpeningItOnlyABrowserShowingTheFormIs() throws Exception {
        FacesClient participant = server.logIn(support.person("scanned", "PARTICIPANT"));
        String link = ask(participant, "STUDENT_TEACHER", TestSupport.uniqueEmail("scanned-rater"), false);

        // A mail client's link scanner fetches the link without running the page's script.
        FacesClient scanner = server.client();
        Page fetched = scanner.get(link);
        assertEquals("Feedback geven", fetched.heading());
        assertEquals("verstuurd", status(participant), "a plain GET changes nothing");

        // A browser runs the page's script, which reports the form as shown.
        Element form = Jsoup.parse(fetched.body(), fetched.uri().toString()).getElementById("give");
        Map<String, String> ajax = new HashMap<>(Map.of("give", "give",
                "jakarta.faces.ViewState", FacesClient.viewState(fetched.body(), "give"),
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "give:opened",
                "jakarta.faces.partial.execute", "give:opened", "give:opened", "give:opened"));
        Page reported = scanner.withHeader("Faces-Request", "partial/ajax").post(java.net.URI.create(form.absUrl("action")), ajax);
        assertEquals(200, reported.status(), reported.body());
        assertEquals("geopend", status(participant));
    }

    @Test
    void anExpiredLinkFailsTheSameWayAndAnonymousAnswersWaitForThree() throws Exception {
        FacesClient participant = server.logIn(support.person("anon", "PARTICIPANT"));
        String late = TestSupport.uniqueEmail("late");
        String lateLink = ask(participant, "STUDENT_TEACHER", late, false);
        support.post("feedback/expire", Map.of("rater", late));
        assertEquals(INVALID, server.client().get(lateLink).heading());
        assertTrue(participant.get("feedback/mine.xhtml").contains("verlopen"));

        String student = TestSupport.uniqueEmail("student");
        String link = ask(participant, "STUDENT_TEACHER", student, true);
        FacesClient raterBrowser = server.client();
        Page form = raterBrowser.get(link);
        assertTrue(form.contains("Welke feed forward heb je nog op het bovenstaande gebied voor de wpb?"));
        assertTrue(form.contains("zonder namen"), "the rater is told who sees what");
        Page thanks = raterBrowser.submit(form, "give", "submit", answerAll(form, "give", "5", "Meer doorvragen."));
        assertEquals("Bedankt!", thanks.heading(), thanks.body());

        Page result = participant.get("feedback/result.xhtml");
        assertTrue(result.contains("1 anoniem antwoord van Aanstaande leraren wordt nog niet getoond"), result.body());
        assertFalse(result.contains("Meer doorvragen."), "no anonymous comment before three");
    }

    @Test
    void remindersGoTwiceAtMostAndTheFacilitatorSeesOnlyWhatIsShared() throws Exception {
        String participantEmail = support.person("reminded", "PARTICIPANT");
        FacesClient participant = server.logIn(participantEmail);
        String rater = TestSupport.uniqueEmail("slow");
        ask(participant, "COLLEAGUE", rater, false);

        support.post("feedback/age", Map.of("rater", rater));
        support.post("feedback/reminders", Map.of());
        support.post("feedback/reminders", Map.of());
        support.drain();
        assertEquals(2, mailServer.mailsTo(rater).size(), "the request and one reminder, not two at once");
        String reminderLink = mailServer.mailsTo(rater).get(1).appLink("feedback/give.xhtml?token=");
        assertEquals("Herinnering: reminded Tester vraagt je om feedback", mailServer.mailsTo(rater).get(1).subject());
        assertEquals("Feedback geven", server.client().get(reminderLink).heading());
        support.post("feedback/age", Map.of("rater", rater));
        support.post("feedback/reminders", Map.of());
        support.post("feedback/age", Map.of("rater", rater));
        support.post("feedback/reminders", Map.of());
        support.drain();
        assertEquals(3, mailServer.mailsTo(rater).size(), "at most two reminders");

        FacesClient facilitator = server.logIn(support.person("fb-fac", "FACILITATOR"));
        Page created = facilitator.submit(facilitator.get("cohort/new.xhtml"), "cohort", "submit",
                Map.of("name", "Feedback IT", "partnership", "Zutphen", "startDate", "2027-03-01"));
        facilitator.submit(facilitator.get("cohort/view.xhtml?part=participants&" + created.uri().getQuery()), "add", "submit", Map.of("pasted", "Reminded <" + participantEmail + ">"));
        String cohortId = created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
        Cohorts.accept(support, cohortId, participantEmail);
        String personId = support.get("people/id?email=" + participantEmail).trim();
        String result = "feedback/result.xhtml?person=" + personId + "&cohort=" + cohortId;
        assertEquals(404, facilitator.get(result).status(), "not shared yet");
        participant.submit(participant.get("feedback/mine.xhtml"), "share" + cohortId, "toggle", Map.of());
        assertEquals(200, facilitator.get(result).status(), "shared with this cohort");
        assertEquals(404, facilitator.get("feedback/result.xhtml?person=" + personId).status(), "only per cohort");
        FacesClient stranger = server.logIn(support.person("fb-stranger", "FACILITATOR"));
        assertEquals(404, stranger.get(result).status(), "not their cohort");
    }
}
