package nl.leerkring.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/** The framework as seeded, and the self-scan through its pages: drafts, the scale, who may see it. */
@OnServer
class ScanIT {

    private static final Pattern SCAN_ID = Pattern.compile("[?&]id=(\\d+)");

    private Server server;
    private TestSupport support;

    private static List<String[]> items(String lines) {
        List<String[]> items = new ArrayList<>();
        lines.lines().filter(l -> !l.isBlank()).forEach(l -> items.add(l.split("\\|", 6)));
        return items;
    }

    @Test
    void theSeededSelfScanIsBijlageOneWordForWord() throws Exception {
        List<String[]> seeded = items(support.get("framework/items?form=SELF_SCAN&version=1"));
        List<String[]> reference = nl.leerkring.instrument.SeedReferenceTest.reference();
        assertEquals(reference.size(), seeded.size());
        for (int i = 0; i < reference.size(); i++) {
            assertEquals(reference.get(i)[0], seeded.get(i)[0], "axis of statement " + (i + 1));
            assertEquals(reference.get(i)[1], seeded.get(i)[5], "wording of statement " + (i + 1));
        }
    }

    @Test
    void theFeedbackFormsMirrorTheSelfScan() {
        List<String[]> student = items(support.get("framework/items?form=STUDENT_TEACHER&version=1"));
        assertEquals(5, student.stream().filter(i -> i[1].equals("OPEN_QUESTION")).count(), "a feed-forward question per area");
        assertTrue(student.stream().anyMatch(i -> i[5].equals("De relatie is gelijkwaardig.") && i[3].equals("T01")));
        for (String[] item : student) {
            if (item[1].equals("STATEMENT")) {
                assertTrue(item[4].matches("S\\d\\d"), "statement " + item[2] + " mirrors a self-scan statement");
            }
        }
        List<String[]> schoolopleider = items(support.get("framework/items?form=SCHOOL_TEACHER_EDUCATOR&version=1"));
        assertEquals(19, schoolopleider.size());
        for (int i = 0; i < 19; i++) {
            assertEquals(String.format("S%02d", i + 1), schoolopleider.get(i)[4]);
        }
    }

    @Test
    void theCoordinatorPublishesAnAdaptedVersionAndOldScansKeepTheirOwn() throws Exception {
        String participant = support.person("versioned", "PARTICIPANT");
        FacesClient p = server.logIn(participant);
        Page oldFill = p.submit(p.get("scan/mine.xhtml"), "start", "submit", Map.of("moment", "START"));
        String oldQuery = oldFill.uri().getQuery();
        String oldWording = Jsoup.parse(oldFill.body()).select("fieldset.likert legend").first().text();
        String newWording = "Ik bouw een goede professionele werkrelatie op met de student (" + System.nanoTime() + ").";

        FacesClient coordinator = server.logIn(support.person("framework-coord", "COORDINATOR"));
        Page edit = coordinator.get("instrument/edit.xhtml");
        assertEquals("Bekwaamhedenkader", edit.heading(), edit.body());
        if (edit.contains("Nieuwe versie voorbereiden")) {
            edit = coordinator.submit(edit, "framework", "startDraft", Map.of());
        }
        assertTrue(edit.contains("Je werkt aan versie"), edit.body());
        edit = coordinator.submit(edit, "framework", "axes:0:items:0:save",
                Map.of("axes:0:items:0:wording", newWording));
        assertTrue(edit.contains("De tekst is opgeslagen."), edit.body());
        edit = coordinator.submit(edit, "framework", "axes:4:items:3:remove", Map.of());
        assertTrue(edit.contains("Het onderdeel is verwijderd."));
        edit = coordinator.submit(edit, "framework", "axes:4:add",
                Map.of("axes:4:newStatement", "Ik deel wat ik leer met collega-werkplekbegeleiders."));
        assertTrue(edit.contains("De uitspraak is toegevoegd."), edit.body());
        edit = coordinator.submit(edit, "framework", "publish", Map.of());
        assertTrue(edit.contains("is gepubliceerd"), edit.body());

        FacesClient newcomer = server.logIn(support.person("after", "PARTICIPANT"));
        Page newFill = newcomer.submit(newcomer.get("scan/mine.xhtml"), "start", "submit", Map.of("moment", "START"));
        assertEquals(newWording, Jsoup.parse(newFill.body()).select("fieldset.likert legend").first().text());
        assertTrue(newFill.contains("Ik deel wat ik leer met collega-werkplekbegeleiders."));
        assertFalse(newFill.contains("Ik toon een kritische houding"), "the removed statement is gone");
        assertEquals(19, Jsoup.parse(newFill.body()).select("fieldset.likert").size());

        Page stillOld = p.get("scan/fill.xhtml?" + oldQuery);
        assertEquals(oldWording, Jsoup.parse(stillOld.body()).select("fieldset.likert legend").first().text(),
                "a scan started on the older version keeps that version's wording");
        assertEquals(404, p.get("instrument/edit.xhtml").status(), "only the coordinator edits the framework");
    }

    @Test
    void aDraftSurvivesANewSessionAndAForgedAnswerIsRefused() throws Exception {
        String email = support.person("scanner", "PARTICIPANT");
        FacesClient browser = server.logIn(email);
        Page fill = browser.submit(browser.get("scan/mine.xhtml"), "start", "submit", Map.of("moment", "START"));
        assertEquals("Zelfscan werkplekopleider", fill.heading(), fill.body());
        Matcher id = SCAN_ID.matcher("?" + fill.uri().getQuery());
        assertTrue(id.find());

        Page saved = browser.submit(fill, "scan", "save", Map.of(
                "areas:0:items:0:answer", "5", "areas:1:items:2:answer", "2"));
        assertTrue(saved.contains("Je antwoorden zijn opgeslagen."), saved.body());
        assertTrue(saved.contains("2 van 19 uitspraken beantwoord"));

        Page forged = browser.submit(saved, "scan", "save", Map.of("areas:0:items:1:answer", "9"));
        assertFalse(forged.contains("Je antwoorden zijn opgeslagen."), "a value off the scale is not taken");
        assertEquals("refused scan.outOfScale", support.post("scan/answer", Map.of("email", email, "value", "8")),
                "the service refuses it too, whatever reaches it");

        FacesClient later = server.logIn(email);
        Document again = Jsoup.parse(later.get("scan/fill.xhtml?id=" + id.group(1)).body());
        assertEquals("5", again.select("input[name='scan:areas:0:items:0:answer'][checked]").val());
        assertEquals("2", again.select("input[name='scan:areas:1:items:2:answer'][checked]").val());
        assertTrue(again.select("input[name='scan:areas:0:items:1:answer'][checked]").isEmpty(), "the forged one is not there");
    }

    @Test
    void aCompleteScanIsSubmittedReadOnlyAndSeenOnlyByItsOwnerAndTheirFacilitator() throws Exception {
        String participant = support.person("complete", "PARTICIPANT");
        FacesClient browser = server.logIn(participant);
        Page fill = browser.submit(browser.get("scan/mine.xhtml"), "start", "submit", Map.of("moment", "START"));
        Page incomplete = browser.submit(fill, "scan", "submit", Map.of("areas:0:items:0:answer", "4"));
        assertTrue(incomplete.contains("Beantwoord eerst alle uitspraken: er zijn er nog 18 open."), incomplete.body());

        Map<String, String> answers = new HashMap<>();
        int[] perAxis = {5, 3, 2, 5, 4};
        int[] value = {6, 3, 5, 4, 7};
        for (int axis = 0; axis < 5; axis++) {
            for (int item = 0; item < perAxis[axis]; item++) {
                answers.put("areas:" + axis + ":items:" + item + ":answer", String.valueOf(value[axis]));
            }
        }
        Page result = browser.submit(browser.get(fill.uri().getPath().replaceFirst(".*/scan/", "scan/") + "?" + fill.uri().getQuery()),
                "scan", "submit", answers);
        assertEquals("Resultaat zelfscan", result.heading(), result.body());
        assertTrue(result.contains("Je zelfscan is ingediend."));
        Document page = Jsoup.parse(result.body());
        assertEquals("3,0", page.select("#means tbody tr.lowest td").first().text(), "the lowest axis is marked");
        assertTrue(page.select("#lowest li").text().contains("Organisatorische bekwaamheden (bruggenbouwer)"));
        assertTrue(page.select("#means tbody tr").get(4).text().endsWith("7,0"));
        String resultPath = "scan/result.xhtml?" + result.uri().getQuery();
        String scanId = resultPath.replaceAll(".*id=(\\d+).*", "$1");
        assertTrue(browser.get("scan/fill.xhtml?id=" + scanId).contains("Deze zelfscan is ingediend"));
        Page pdf = browser.submit(browser.get(resultPath), "export", "pdf", Map.of());
        assertTrue(pdf.body().startsWith("%PDF"), "the result downloads as PDF");

        // The end-of-track scan, laid over the start: growth per axis.
        Page endFill = browser.submit(browser.get("scan/mine.xhtml"), "start", "submit", Map.of("moment", "END"));
        Map<String, String> grown = new HashMap<>();
        answers.forEach((field, v) -> grown.put(field, String.valueOf(Math.min(7, Integer.parseInt(v) + 1))));
        Page endResult = browser.submit(endFill, "scan", "submit", grown);
        assertEquals("Resultaat zelfscan", endResult.heading(), endResult.body());
        String endId = endResult.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
        Page overlay = browser.get("scan/result.xhtml?id=" + endId + "&compare=" + scanId);
        Document overlaid = Jsoup.parse(overlay.body());
        assertEquals(4, overlaid.select("#means thead th").size(), overlay.body());
        assertEquals("Organisatorische bekwaamheden (bruggenbouwer) 4,0 3,0 1,0",
                overlaid.select("#means tbody tr").get(1).text());

        assertEquals(404, server.logIn(support.person("other", "PARTICIPANT")).get(resultPath).status());
        assertEquals(404, server.logIn(support.person("stranger", "FACILITATOR")).get(resultPath).status());

        String facilitator = support.person("own-fac", "FACILITATOR");
        FacesClient fac = server.logIn(facilitator);
        Page created = fac.submit(fac.get("cohort/new.xhtml"), "cohort", "submit",
                Map.of("name", "Scan IT", "partnership", "Zutphen", "startDate", "2027-03-01"));
        fac.submit(fac.get("cohort/view.xhtml?part=participants&" + created.uri().getQuery()), "add", "submit", Map.of("pasted", "Complete <" + participant + ">"));
        String cohortId = created.uri().getQuery().replaceAll(".*id=(\\d+).*", "$1");
        assertEquals(404, fac.get(resultPath).status(), "invited: the facilitator sees nothing of the person yet");
        Cohorts.accept(support, cohortId, participant);
        assertEquals(404, fac.get(resultPath).status(), "accepted: scans from before joining stay closed");
        // The participant brings the end scan along to this cohort; the start scan stays theirs.
        Page brought = browser.submit(browser.get("scan/result.xhtml?id=" + endId), "bring" + cohortId, "bring", Map.of());
        assertTrue(brought.contains("De facilitator van dat cohort ziet deze zelfscan nu."), brought.body());
        assertEquals(200, fac.get("scan/result.xhtml?id=" + endId).status(), "brought along: the facilitator sees it");
        assertEquals(404, fac.get(resultPath).status(), "the scan not brought along stays closed");
        Page cohort = fac.get("cohort/view.xhtml?part=results&" + created.uri().getQuery());
        assertTrue(cohort.contains("ingediend"));
        assertTrue(cohort.contains("Het groepsgemiddelde verschijnt zodra minstens 3 deelnemers"), "one scan shows no group mean");
        Page csv = fac.submit(cohort, "scansExport", "csv", Map.of());
        assertTrue(csv.body().contains(participant + ";Einde van het traject;"), "the newest scan: " + csv.body());
        assertTrue(csv.body().contains(";7,00;4,00;6,00;5,00;7,00"), csv.body());
    }
}
