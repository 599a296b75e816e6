package nl.leerkring.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;

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
 * Issue 16 §2: a participant with one record of every kind asks for their data on their page; the job
 * builds it; the mail's link shows a button and its POST hands over a ZIP with every kind, once, and
 * not after seven days.
 */
@OnServer
class DataExportIT {

    private Server server;

    private static MailCatcher mailServer;
    private TestSupport support;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void startMail() {
        mailServer = new MailCatcher().start();
    }

    @AfterAll
    static void stopMail() {
        mailServer.stop();
    }

    private Page askForData(FacesClient person) {
        return person.submit(person.get("account/my-data.xhtml"), "export", "request", Map.of());
    }

    /** Builds what is pending and sends the mail; answers the path of the link in the newest mail to the person. */
    private String link(String email) {
        support.post("privacy/exports/run", Map.of());
        support.drain();
        List<MailCatcher.Mail> mails = mailServer.mailsTo(email).stream()
                .filter(m -> m.subject().contains("gegevens")).toList();
        assertFalse(mails.isEmpty(), "a mail with the link");
        return mails.get(mails.size() - 1).appLink("my-data/");
    }

    private HttpResponse<byte[]> send(String path, String method) throws Exception {
        return http.send(HttpRequest.newBuilder(server.base().resolve(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void theExportHoldsEveryKindOfRecordAndItsLinkWorksOnce() throws Exception {
        PrivacyFixture fixture = PrivacyFixture.make(support, "export", "Opleidingsschool Export",
                LocalDate.now().minusDays(10));
        FacesClient person = server.logIn(fixture.email());

        Page form = person.get("account/my-data.xhtml");
        Page asked = person.submit(form, "export", "request", Map.of());
        assertTrue(asked.contains("worden voorbereid"), asked.body());
        // The same form posted again (a phone's double tap) starts no second export.
        person.submit(form, "export", "request", Map.of());
        assertEquals("1", support.get("privacy/exports/count?email=" + fixture.email()).trim());

        String link = link(fixture.email());
        assertTrue(person.get("account/my-data.xhtml").contains("klaar"), "the page says it is ready");

        HttpResponse<byte[]> page = send(link, "GET");
        assertEquals(200, page.statusCode());
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("<button id=\"download\""));
        HttpResponse<byte[]> again = send(link, "GET");
        assertEquals(200, again.statusCode(), "looking at the link (a mail scanner does) uses nothing up");

        HttpResponse<byte[]> zip = send(link, "POST");
        assertEquals(200, zip.statusCode());
        assertTrue(zip.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        Map<String, String> entries = unzip(zip.body());
        for (String kind : List.of("profile", "roles", "cohort_memberships", "attendance", "self_scans", "self_scan_answers",
                "self_scans_shared_with_cohorts", "feedback_requests", "feedback_received_named",
                "feedback_shared_with_cohorts", "learning_questions", "practice_plans_and_reports", "reflections",
                "responses_to_my_reflections", "my_responses_to_reflections", "duos", "collegial_conversations",
                "group_question_ideas", "group_question_votes", "library_items", "library_item_sections", "library_comments",
                "library_uses", "checklist_fills", "checklist_answers", "favourite_cards", "notice_settings", "calendar_feed", "who_opened_my_data",
                "account_links", "mails_sent_to_me", "privacy_requests")) {
            assertTrue(entries.containsKey(kind + ".json"), kind);
            JsonArray records = Json.createReader(new StringReader(entries.get(kind + ".json"))).readArray();
            assertFalse(records.isEmpty(), kind + " has the participant's record");
        }
        assertTrue(entries.containsKey("feedback_received_anonymous.json"));
        assertTrue(entries.get("profile.json").contains(fixture.email()));
        assertTrue(entries.get("reflections.json").contains("Antwoord van " + fixture.name()));
        assertTrue(entries.get("collegial_conversations.json").contains("Inzicht " + fixture.name()));
        String overview = entries.get(ExportArchive.OVERVIEW);
        assertTrue(overview.contains(fixture.name()), "the readable overview");
        assertFalse(entries.values().stream().anyMatch(text -> text.contains(link.substring(link.lastIndexOf('/') + 1))),
                "the export does not hold its own link");

        assertEquals(404, send(link, "POST").statusCode(), "the link works once");
        assertEquals(404, send(link, "GET").statusCode());
        assertTrue(person.get("account/my-data.xhtml").contains("gedownload"));
    }

    @Test
    void theLinkStopsAfterSevenDays() throws Exception {
        String email = support.person("export-late", "PARTICIPANT");
        FacesClient person = server.logIn(email);
        askForData(person);
        String link = link(email);
        try {
            support.post("outbox-lease/clock/move", Map.of("seconds", String.valueOf(7 * 24 * 3600 + 60)));
            assertEquals(404, send(link, "GET").statusCode());
            assertEquals(404, send(link, "POST").statusCode());
            assertTrue(person.get("account/my-data.xhtml").contains("verlopen"));
            support.post("privacy/daily/run", Map.of());
        } finally {
            support.post("outbox-lease/clock/reset", Map.of());
        }
        assertEquals(404, send(link, "POST").statusCode(), "an expired export stays gone when the clock is back");
    }

    @Test
    void someoneElsesLinkOrAMadeUpOneIsNotFound() throws Exception {
        assertEquals(404, send("my-data/" + "x".repeat(43), "GET").statusCode());
        assertEquals(404, send("my-data/", "POST").statusCode());
        URI page = server.base().resolve("privacy/requests.xhtml");
        String email = support.person("export-nosy", "PARTICIPANT");
        FacesClient participant = server.logIn(email);
        assertEquals(404, participant.get(server.base().relativize(page).toString()).status(),
                "only a coordinator sees the requests");
    }
}
