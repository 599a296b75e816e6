package nl.leerkring.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * Issue 16 §3 and §4: erasure on request and retention, through the pages. After it the person's name and
 * address are in no text column of any table, the cohort's figures are the same, and the person cannot
 * log in; retention anonymises nothing before the coordinator confirms.
 */
@OnServer
class ErasureIT {

    private Server server;

    private static MailCatcher mailServer;
    private TestSupport support;

    @BeforeAll
    static void startMail() {
        mailServer = new MailCatcher().start();
    }

    @AfterAll
    static void stopMail() {
        mailServer.stop();
    }

    private FacesClient logIn(String email) throws Exception {
        return server.logIn(email);
    }

    private String hits(String text) {
        return support.get("privacy/text-hits?text=" + java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
                .trim();
    }

    private String figures(long cohortId) {
        return support.get("privacy/figures?cohort=" + cohortId);
    }

    /** Clicks a row's button in a table of privacy/requests.xhtml: the row that shows the text. */
    private static Page clickInRow(FacesClient coordinator, Page page, String formId, String rowText, String button) {
        Element row = Jsoup.parse(page.body()).select("#" + formId + " tr").stream()
                .filter(tr -> tr.text().contains(rowText)).findFirst()
                .orElseThrow(() -> new AssertionError("No row with " + rowText + " in " + page.body()));
        Element clicked = row.selectFirst("[id$=:" + button + "]");
        if (clicked == null) {
            throw new AssertionError("No " + button + " in the row of " + rowText + ": " + row);
        }
        String id = clicked.id();
        return coordinator.submit(page, formId, id.substring(formId.length() + 1), Map.of());
    }

    @Test
    void anErasedParticipantIsInNoTableAndTheCohortsFiguresStay() throws Exception {
        PrivacyFixture fixture = PrivacyFixture.make(support, "erase", "Opleidingsschool Wissel", LocalDate.now().minusDays(10));
        FacesClient coordinator = logIn(support.person("erase-coord", "COORDINATOR"));
        support.drain();
        String before = figures(fixture.cohortId());
        assertFalse(hits(fixture.name()).isEmpty(), "the fixture wrote the name in many places");
        assertFalse(hits(fixture.email()).isEmpty());

        FacesClient person = logIn(fixture.email());
        Page unticked = person.submit(person.get("account/my-data.xhtml"), "erasure", "request", Map.of());
        assertTrue(unticked.contains("Vink eerst aan"), "erasure needs the tick: " + unticked.body());
        Page asked = person.submit(unticked, "erasure", "request", Map.of("understood", "true"));
        assertTrue(asked.contains("gevraagd om je gegevens te verwijderen"), asked.body());
        assertFalse(hits(fixture.name()).isEmpty(), "nothing is erased before the coordinator confirms");

        Page requests = coordinator.get("privacy/requests.xhtml");
        assertTrue(requests.contains(fixture.email()), requests.body());
        Page chosen = clickInRow(coordinator, requests, "erasures", fixture.email(), "choose");
        assertTrue(chosen.contains("definitief verwijderd"), chosen.body());
        Page erased = clickInRow(coordinator, chosen, "erasures", fixture.email(), "confirm");
        assertTrue(erased.contains("De gegevens zijn verwijderd"), erased.body());
        assertFalse(erased.contains(fixture.email()));

        assertEquals("", hits(fixture.name()), "the name is in no text column");
        assertEquals("", hits(fixture.email()), "the address is in no text column");
        assertEquals(before, figures(fixture.cohortId()), "scan means, attendance and counts are unchanged");
        assertThrows(AssertionError.class, () -> logIn(fixture.email()), "the person cannot log in");
        assertEquals(200, logIn(fixture.partner()).get("dashboard.xhtml").status(), "the partner still can");

        support.drain();
        List<MailCatcher.Mail> told = mailServer.mailsTo(fixture.facilitator()).stream()
                .filter(m -> m.subject().contains("verwijderd")).toList();
        assertEquals(1, told.size(), "the cohort's facilitator is told");
        assertTrue(told.get(0).text().contains(fixture.cohort()), told.get(0).text());
        assertFalse(told.get(0).text().contains(fixture.name()), "the mail does not name the person");
    }

    /** Saves a partnership's retention on the coordinator's page; answers the page after it. */
    private static Page saveMonths(FacesClient coordinator, String partnership, String months) {
        Page page = coordinator.get("privacy/requests.xhtml");
        Element label = Jsoup.parse(page.body()).select("#retention label").stream()
                .filter(l -> l.text().endsWith(partnership)).findFirst()
                .orElseThrow(() -> new AssertionError("No retention field for " + partnership + ": " + page.body()));
        String input = label.attr("for");
        String row = input.substring("retention:".length(), input.length() - "months".length());
        return coordinator.submit(page, "retention", row + "save", Map.of(row + "months", months));
    }

    @Test
    void retentionListsACohortButAnonymisesOnlyAfterTheCoordinatorConfirms() throws Exception {
        String partnership = "Opleidingsschool Bewaar " + java.util.UUID.randomUUID().toString().substring(0, 8);
        PrivacyFixture fixture = PrivacyFixture.make(support, "retain", partnership, LocalDate.now().minusDays(10));
        FacesClient coordinator = logIn(support.person("retain-coord", "COORDINATOR"));
        Page saved = saveMonths(coordinator, partnership, "1");
        assertTrue(saved.contains("De bewaartermijn van " + partnership + " is opgeslagen"), saved.body());
        support.drain();
        String before = figures(fixture.cohortId());
        String cohortName = fixture.cohort();

        support.post("privacy/retention/list", Map.of());
        assertFalse(coordinator.get("privacy/requests.xhtml").contains(cohortName), "its meetings are still to come");
        try {
            // Past the last meeting plus a month: the cohort is due.
            support.post("outbox-lease/clock/move", Map.of("seconds", String.valueOf(420L * 24 * 3600)));
            support.post("privacy/retention/list", Map.of());
        } finally {
            support.post("outbox-lease/clock/reset", Map.of());
        }
        Page listed = coordinator.get("privacy/requests.xhtml");
        assertTrue(listed.contains(cohortName), "the cohort is listed as due: " + listed.body());
        assertFalse(hits(fixture.name()).isEmpty(), "listing deletes nothing");
        assertEquals(200, logIn(fixture.email()).get("dashboard.xhtml").status());

        Page chosen = clickInRow(coordinator, listed, "due", cohortName, "choose");
        assertTrue(hits(fixture.name()).length() > 0, "choosing deletes nothing either");
        Page confirmed = clickInRow(coordinator, chosen, "due", cohortName, "confirm");
        assertTrue(confirmed.contains("De gegevens van 2 deelnemers zijn gewist"), confirmed.body());

        assertEquals("", hits(fixture.name()), "the participant's name is gone");
        assertEquals("", hits(fixture.email()), "and address");
        assertEquals("", hits(fixture.partner()), "and the partner's address");
        assertEquals(before, figures(fixture.cohortId()));
        assertThrows(AssertionError.class, () -> logIn(fixture.email()));
    }

    @Test
    void theRetentionIsWithinItsRangeAndOnlyACoordinatorSetsIt() throws Exception {
        String partnership = "Opleidingsschool Maanden " + java.util.UUID.randomUUID().toString().substring(0, 8);
        PrivacyFixture fixture = PrivacyFixture.make(support, "months", partnership, LocalDate.now().minusDays(10));
        FacesClient coordinator = logIn(support.person("months-coord", "COORDINATOR"));
        Page tooLong = saveMonths(coordinator, partnership, "999");
        assertTrue(tooLong.contains("hoogstens 240 maanden"), tooLong.body());
        Page saved = saveMonths(coordinator, partnership, "6");
        assertTrue(saved.contains("is opgeslagen"), saved.body());

        assertEquals(404, logIn(fixture.facilitator()).get("privacy/requests.xhtml").status(), "only a coordinator");
        assertEquals(404, logIn(fixture.email()).get("privacy/requests.xhtml").status());
    }
}
