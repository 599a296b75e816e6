package nl.leerkring.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * Saving the self-scan when a phone on a flaky network sends many requests at once, and when a
 * post is tampered with: every answer kept, no error page, one request's set of answers never
 * mixed with another's, a value off the scale refused with a message.
 */
@OnServer
class ScanSavingIT {

    /** Statements per area in version 1 of the framework: 19 in all. */
    private static final int[] PER_AREA = {5, 3, 2, 5, 4};

    private Server server;
    private TestSupport support;

    private ExecutorService pool;

    @BeforeEach
    void setUp() throws Exception {
        pool = Executors.newFixedThreadPool(40);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    private record Scan(String email, FacesClient client, Page fill) {

        String path() {
            return "scan/fill.xhtml?" + fill.uri().getQuery();
        }
    }

    private Scan startScan(String prefix) throws Exception {
        String email = support.person(prefix, "PARTICIPANT");
        FacesClient client = server.logIn(email);
        Page fill = client.submit(client.get("scan/mine.xhtml"), "start", "submit", Map.of("moment", "START"));
        assertEquals("Zelfscan werkplekopleider", fill.heading(), fill.body());
        return new Scan(email, client, fill);
    }

    private static List<String> fields() {
        List<String> fields = new ArrayList<>();
        for (int area = 0; area < PER_AREA.length; area++) {
            for (int item = 0; item < PER_AREA[area]; item++) {
                fields.add("areas:" + area + ":items:" + item + ":answer");
            }
        }
        return fields;
    }

    /** The answers the page shows now, by field name; unanswered fields are left out. */
    private static Map<String, String> stored(Scan scan) {
        Document page = Jsoup.parse(scan.client().get(scan.path()).body());
        Map<String, String> answers = new HashMap<>();
        for (String field : fields()) {
            String value = page.select("input[name='scan:" + field + "'][checked]").val();
            if (!value.isEmpty()) {
                answers.put(field, value);
            }
        }
        return answers;
    }

    private Page chooseWithAjax(Scan scan, String field, String value) {
        return scan.client().ajax(scan.fill(), "scan", field + ":" + (Integer.parseInt(value) - 1), field,
                "scan:progress", "valueChange", Map.of(field, value));
    }

    private static void assertAnswered(Page response, String what) {
        assertEquals(200, response.status(), what + ": " + response.body());
        assertTrue(response.contains("<partial-response"), what + ": " + response.body());
        assertFalse(response.contains("<error>"), what + ": " + response.body());
        assertFalse(response.contains("<redirect"), what + ": " + response.body());
    }

    @Test
    void manyParallelFirstAnswersOfThreePeopleAreAllKeptWithoutAnError() throws Exception {
        List<Scan> people = List.of(startScan("parallel-a"), startScan("parallel-b"), startScan("parallel-c"));
        List<Callable<Page>> posts = new ArrayList<>();
        List<String> what = new ArrayList<>();
        List<String> fields = fields();
        for (int person = 0; person < people.size(); person++) {
            Scan scan = people.get(person);
            // Each statement chosen three times at once, as a phone that resends on a bad network does.
            for (int i = 0; i < fields.size(); i++) {
                for (int repeat = 0; repeat < 3; repeat++) {
                    String field = fields.get(i);
                    String value = String.valueOf(1 + (i + person) % 7);
                    posts.add(() -> chooseWithAjax(scan, field, value));
                    what.add("person " + person + " " + field + "=" + value);
                }
            }
        }
        List<Future<Page>> responses = pool.invokeAll(posts);
        for (int i = 0; i < responses.size(); i++) {
            assertAnswered(responses.get(i).get(), what.get(i));
        }
        for (int person = 0; person < people.size(); person++) {
            Map<String, String> stored = stored(people.get(person));
            for (int i = 0; i < fields.size(); i++) {
                assertEquals(String.valueOf(1 + (i + person) % 7), stored.get(fields.get(i)),
                        "person " + person + " lost no answer: " + fields.get(i));
            }
        }
    }

    @Test
    void fiftyParallelSaveAllsEachApplyTheirWholeSetAndNeverAMixture() throws Exception {
        Scan scan = startScan("save-all");
        for (int round = 0; round < 2; round++) {
            List<Callable<Page>> posts = new ArrayList<>();
            for (int request = 0; request < 50; request++) {
                Map<String, String> answers = new HashMap<>();
                String value = String.valueOf(1 + request % 7);
                fields().forEach(field -> answers.put(field, value));
                posts.add(() -> scan.client().submit(scan.fill(), "scan", "save", answers));
            }
            for (Future<Page> response : pool.invokeAll(posts)) {
                Page page = response.get();
                assertEquals(200, page.status(), page.body());
                assertTrue(page.contains("Je antwoorden zijn opgeslagen."), page.toString());
            }
            Map<String, String> stored = stored(scan);
            assertEquals(19, stored.size(), "every statement answered: " + stored);
            Set<String> values = new HashSet<>(stored.values());
            assertEquals(1, values.size(), "the answers of one request, not a mixture of several: " + stored);
        }
    }

    @Test
    void aTamperedValueOffTheScaleGetsAMessageAndChangesNothing() throws Exception {
        Scan scan = startScan("tampered");
        Page saved = scan.client().submit(scan.fill(), "scan", "save", Map.of("areas:0:items:0:answer", "5"));
        assertTrue(saved.contains("Je antwoorden zijn opgeslagen."), saved.body());

        for (String forged : List.of("0", "8", "abc", "-1", "99999999999")) {
            Page page = scan.client().submit(saved, "scan", "save",
                    Map.of("areas:0:items:0:answer", "3", "areas:1:items:0:answer", forged));
            assertEquals(200, page.status(), forged + ": " + page.body());
            assertTrue(page.contains("Kies een van de gegeven mogelijkheden."), forged + ": " + page.body());
            assertFalse(page.contains("Je antwoorden zijn opgeslagen."), forged);

            Page ajax = scan.client().ajax(saved, "scan", "areas:1:items:1:answer:0", "areas:1:items:1:answer",
                    "scan:progress", "valueChange", Map.of("areas:1:items:1:answer", forged));
            assertEquals(200, ajax.status(), forged + ": " + ajax.body());
            assertFalse(ajax.contains("<error>"), forged + ": " + ajax.body());
        }
        Page unknown = scan.client().submit(saved, "scan", "save", Map.of("areas:9:items:0:answer", "4"));
        assertEquals(200, unknown.status(), "a field the form does not have is ignored");

        assertEquals(Map.of("areas:0:items:0:answer", "5"), stored(scan), "nothing changed by the tampered posts");
        assertEquals("refused scan.outOfScale", support.post("scan/answer",
                Map.of("email", scan.email(), "value", "0")), "the service refuses it too");
    }
}
