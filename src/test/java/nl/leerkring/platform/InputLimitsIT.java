package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * Exports and input through the real pages (issue 10 §2): formula cells in the CSV export, a
 * broken participant CSV, text that does not fit, control characters in names and dates out of
 * any sane range are refused with a message, and nothing is saved or cut.
 */
@OnServer
class InputLimitsIT {

    private Server server;
    private TestSupport support;

    private FacesClient facilitator() throws Exception {
        return server.logIn(support.person("fac", "FACILITATOR"));
    }

    private Page upload(FacesClient facilitator, String cohortId, String pasted, String csv) {
        return facilitator.submitWithFile(facilitator.get("cohort/view.xhtml?part=participants&id=" + cohortId), "add", "submit",
                Map.of("pasted", pasted), "upload", "deelnemers.csv", csv);
    }

    private static List<CSVRecord> records(String csv) throws Exception {
        assertTrue(csv.startsWith("\uFEFF"), csv);
        return CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new StringReader(csv.substring(1))).getRecords();
    }

    @Test
    void formulaNamesImportedFromACsvAreShownAsTextInTheExport() throws Exception {
        FacesClient facilitator = facilitator();
        String cohortId = Cohorts.create(facilitator, "Export IT", LocalDate.now().minusDays(10));
        String minusAddress = "-" + TestSupport.uniqueEmail("min");
        Map<String, String> payloads = Map.of(
                TestSupport.uniqueEmail("eq"), "=HYPERLINK(\"http://kwaad.example\";\"klik\")",
                TestSupport.uniqueEmail("plus"), "+1+2 Bram",
                TestSupport.uniqueEmail("minus"), "-1+2 Chris",
                TestSupport.uniqueEmail("at"), "@SUM(1+2) Dirk",
                TestSupport.uniqueEmail("tab"), "\t=3+4 Eva",
                minusAddress, "Fenna Formule");
        StringBuilder csv = new StringBuilder("naam;e-mail\n");
        payloads.forEach((email, name) -> csv.append('"').append(name.replace("\"", "\"\"")).append("\";").append(email)
                .append('\n'));

        Page added = upload(facilitator, cohortId, "", csv.toString());
        assertTrue(added.contains("6 deelnemers toegevoegd"), added.body());

        Page export = facilitator.submit(facilitator.get("cohort/view.xhtml?part=results&id=" + cohortId), "scansExport", "csv", Map.of());
        assertEquals(200, export.status());
        List<CSVRecord> rows = records(export.body());
        assertEquals(7, rows.size(), export.body());
        for (CSVRecord row : rows.subList(1, rows.size())) {
            String name = row.get(0);
            String email = row.get(1);
            for (String cell : List.of(name, email)) {
                assertFalse(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, "a cell a spreadsheet would run: " + cell);
            }
            Optional<Map.Entry<String, String>> imported = payloads.entrySet().stream()
                    .filter(p -> email.equals(p.getKey()) || email.equals("'" + p.getKey())).findFirst();
            assertTrue(imported.isPresent(), email);
            String typed = imported.get().getValue().strip();
            assertEquals("=+-@".indexOf(typed.charAt(0)) >= 0 ? "'" + typed : typed, name);
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("'" + minusAddress)), "an address can start with a minus too");
    }

    @Test
    void aCsvLineWithAnUnbalancedQuoteIsReportedByItsNumberAndTheOtherLinesAreAdded() throws Exception {
        FacesClient facilitator = facilitator();
        String cohortId = Cohorts.create(facilitator, "Aanhalingsteken IT", LocalDate.now().minusDays(10));
        String good = TestSupport.uniqueEmail("good");
        String broken = TestSupport.uniqueEmail("broken");

        Page added = upload(facilitator, cohortId, "", "naam;e-mail\n\"Anna de Vries;" + broken + "\nGoed Gegaan;" + good + "\n");

        assertEquals(200, added.status(), added.body());
        assertTrue(added.contains("1 deelnemer toegevoegd"), added.body());
        assertTrue(added.contains("<td>2</td>"), "the line number of the broken line");
        assertTrue(added.contains("De aanhalingstekens op deze regel zijn niet gesloten."), added.body());
        assertTrue(added.contains("1 regel uit het bestand is niet toegevoegd"), added.body());
        assertEquals("true", support.get("people/exists?email=" + good));
        assertEquals("false", support.get("people/exists?email=" + broken));
    }

    @Test
    void aPastedListAndAFileTogetherAreRefusedAndNobodyIsAdded() throws Exception {
        FacesClient facilitator = facilitator();
        String cohortId = Cohorts.create(facilitator, "Beide IT", LocalDate.now().minusDays(10));
        String pasted = TestSupport.uniqueEmail("pasted");
        String filed = TestSupport.uniqueEmail("filed");

        Page refused = upload(facilitator, cohortId, "Piet Plak <" + pasted + ">", "naam;e-mail\nBea Bestand;" + filed + "\n");

        assertTrue(refused.contains("Je gaf een geplakte lijst én een bestand. Kies één van beide"), refused.body());
        assertEquals("false", support.get("people/exists?email=" + pasted));
        assertEquals("false", support.get("people/exists?email=" + filed));
    }

    @Test
    void textThatDoesNotFitIsRefusedNamingTheFieldAndTheLimitAndNothingIsSaved() throws Exception {
        FacesClient facilitator = facilitator();
        String name = "Lang cohort " + "x".repeat(109);
        Page refused = facilitator.submit(facilitator.get("cohort/new.xhtml"), "cohort", "submit", Map.of(
                "name", name, "partnership", "Opleidingsschool Zutphen", "startDate", LocalDate.now().toString()));
        assertTrue(refused.contains("Naam van het cohort") && refused.contains("mag hoogstens 120 tekens hebben; er staan er nu 121"),
                refused.body());
        assertFalse(facilitator.get("cohort/list.xhtml").contains("Lang cohort"), "no cohort, not one with a cut name");

        String cohortId = Cohorts.create(facilitator, "Locatie IT", LocalDate.now().plusDays(20));
        Page tooLong = facilitator.submit(facilitator.get("cohort/schedule.xhtml?id=" + cohortId), "schedule", "save",
                Map.of("rows:0:location", "Zaal " + "y".repeat(196)));
        assertTrue(tooLong.contains("Locatie") && tooLong.contains("mag hoogstens 200 tekens hebben; er staan er nu 201"),
                tooLong.body());
        assertFalse(facilitator.get("cohort/view.xhtml?part=meetings&id=" + cohortId).contains("Zaal yyyy"), "nothing saved");

        String participant = support.person("wpb", "PARTICIPANT");
        FacesClient client = server.logIn(participant);
        String rater = TestSupport.uniqueEmail("rater");
        Page longName = client.submit(client.get("feedback/mine.xhtml"), "ask", "submit", Map.of("role", "STUDENT_TEACHER",
                "name", "Sam " + "s".repeat(97), "email", rater, "message", "m".repeat(1001)));
        assertTrue(longName.contains("Naam van de feedbackgever") && longName.contains("mag hoogstens 100 tekens hebben; er staan er nu 101"),
                longName.body());
        assertEquals("0", support.get("outbox/count?to=" + rater), "no request with a cut name");
        Page longMessage = client.submit(longName, "ask", "submit", Map.of("name", "Sam Student", "message", "m".repeat(1001)));
        assertTrue(longMessage.contains("Persoonlijk bericht") && longMessage.contains("mag hoogstens 1.000 tekens hebben; er staan er nu 1.001"),
                longMessage.body());
        assertEquals("0", support.get("outbox/count?to=" + rater), "nothing saved");
    }

    @Test
    void aTextareaFilledToItsLimitWithLineBreaksIsSavedWhole() throws Exception {
        String participant = support.person("wpb", "PARTICIPANT");
        FacesClient client = server.logIn(participant);
        String rater = TestSupport.uniqueEmail("rater");
        // 1000 characters as the browser's maxlength counts them; the post carries each line break as CR LF.
        String message = ("x".repeat(99) + "\n").repeat(9) + "x".repeat(100);
        assertEquals(1000, message.length());

        Page asked = client.submit(client.get("feedback/mine.xhtml"), "ask", "submit", Map.of("role", "STUDENT_TEACHER",
                "name", "Sam Student", "email", rater, "message", message.replace("\n", "\r\n")));

        assertTrue(asked.contains("staat klaar om te versturen"), asked.body());
        assertEquals("1", support.get("outbox/count?to=" + rater));
    }

    @Test
    void controlCharactersInNamesAreRefusedAndNothingIsSaved() throws Exception {
        FacesClient facilitator = facilitator();
        Page nul = facilitator.submit(facilitator.get("cohort/new.xhtml"), "cohort", "submit", Map.of(
                "name", "Nulteken\u0000cohort", "partnership", "Opleidingsschool Zutphen", "startDate", LocalDate.now().toString()));
        assertTrue(nul.contains("Naam van het cohort") && nul.contains("moet op één regel staan"), nul.body());
        assertFalse(facilitator.get("cohort/list.xhtml").contains("Nulteken"), "no cohort saved");

        String cohortId = Cohorts.create(facilitator, "Groepen IT", LocalDate.now().minusDays(10));
        Page group = facilitator.submit(facilitator.get("cohort/view.xhtml?part=groups&id=" + cohortId), "groups", "addGroup",
                Map.of("groupName", "Groep\r\nA"));
        assertTrue(group.contains("Groepsnaam") && group.contains("moet op één regel staan"), group.body());

        String participant = support.person("wpb", "PARTICIPANT");
        FacesClient client = server.logIn(participant);
        String rater = TestSupport.uniqueEmail("rater");
        Page asked = client.submit(client.get("feedback/mine.xhtml"), "ask", "submit", Map.of("role", "STUDENT_TEACHER",
                "name", "Sam\r\nBcc: iedereen@example.org", "email", rater));
        assertTrue(asked.contains("Naam van de feedbackgever") && asked.contains("moet op één regel staan"), asked.body());
        assertEquals("0", support.get("outbox/count?to=" + rater), "no request, no mail");
    }

    @Test
    void datesOutOfAnySaneRangeAreRefusedWithAMessage() throws Exception {
        FacesClient facilitator = facilitator();
        for (String start : List.of("1026-01-01", "2099-01-01")) {
            Page refused = facilitator.submit(facilitator.get("cohort/new.xhtml"), "cohort", "submit", Map.of(
                    "name", "Datum " + start, "partnership", "Opleidingsschool Zutphen", "startDate", start));
            assertTrue(refused.contains("Kies een startdatum van hoogstens 1 jaar geleden tot hoogstens 3 jaar vooruit."),
                    refused.body());
            assertFalse(facilitator.get("cohort/list.xhtml").contains("Datum " + start), "no cohort saved");
        }

        String cohortId = Cohorts.create(facilitator, "Planning IT", LocalDate.now().plusDays(20));
        Page meeting = facilitator.submit(facilitator.get("cohort/schedule.xhtml?id=" + cohortId), "schedule", "save",
                Map.of("rows:5:date", "2099-06-01"));
        assertTrue(meeting.contains("De datum van bijeenkomst 6 moet tussen"), meeting.body());
        assertFalse(facilitator.get("cohort/view.xhtml?part=meetings&id=" + cohortId).contains("2099"), "nothing saved");

        String participant = support.person("wpb", "PARTICIPANT");
        FacesClient client = server.logIn(participant);
        String rater = TestSupport.uniqueEmail("rater");
        Page asked = client.submit(client.get("feedback/mine.xhtml"), "ask", "submit", Map.of("role", "STUDENT_TEACHER",
                "name", "Sam Student", "email", rater, "deadline", "2099-12-31"));
        assertTrue(asked.contains("Kies een datum binnen een jaar vanaf vandaag."), asked.body());
        assertEquals("0", support.get("outbox/count?to=" + rater), "no request, no mail");
    }
}
