package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * Payara Micro's health and metrics endpoints as an operator or a load balancer meets them: without a
 * login, ready while the database answers, the outbox's figures in the readiness check and the
 * metrics, request times counted, and nothing personal in either.
 */
@OnServer
class OperationsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Server server;
    private TestSupport support;

    @Test
    void liveAndReadyWithoutALoginAndTheReadinessCheckAsksTheDatabase() throws Exception {
        HttpResponse<String> live = get("health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertEquals("UP", json(live.body()).getString("status"), live.body());
        assertTrue(check(live.body(), "leerkring").isPresent(), "our liveness check is listed: " + live.body());

        HttpResponse<String> ready = get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("UP", json(ready.body()).getString("status"), ready.body());
        JsonObject database = check(ready.body(), "database").orElseThrow(() -> new AssertionError(ready.body()));
        assertEquals("UP", database.getString("status"));
        assertTrue(database.getJsonObject("data").containsKey("outboxBacklog"), ready.body());

        HttpResponse<String> all = get("health");
        assertEquals(200, all.statusCode(), all.body());
        assertTrue(check(all.body(), "database").isPresent() && check(all.body(), "leerkring").isPresent(), all.body());
        assertFalse(all.body().contains("@"), "no address in the health answer: " + all.body());
    }

    @Test
    void theBacklogGaugeFollowsTheOutboxAndRequestsAreTimed() throws Exception {
        try (MailCatcher mail = new MailCatcher().start()) {
            support.drain();
            long before = gauge("leerkring_outbox_backlog");
            long readyBefore = backlogInReadiness();

            String to = TestSupport.uniqueEmail("metrics");
            support.post("outbox", Map.of("key", "metrics:" + to, "to", to));
            assertEquals(before + 1, gauge("leerkring_outbox_backlog"), "one mail more waits");
            assertEquals(readyBefore + 1, backlogInReadiness(), "the readiness check says so too");
            assertTrue(gauge("leerkring_outbox_oldest_waiting_seconds") >= 0);
            assertTrue(gauge("leerkring_outbox_failed") >= 0);

            support.drain();
            assertEquals(1, mail.mailsTo(to).size());
            assertEquals(before, gauge("leerkring_outbox_backlog"), "sent, so no longer waiting");
        }

        long pagesBefore = gauge("leerkring_request_time_seconds_count{kind=\"page\"");
        assertEquals(200, server.client().get("account/login.xhtml").status());
        assertTrue(gauge("leerkring_request_time_seconds_count{kind=\"page\"") > pagesBefore, "the page request is timed");
        String metrics = get("metrics").body();
        assertFalse(metrics.contains("@test.leerkring.nl"), "no address in the metrics");
    }

    private long backlogInReadiness() throws Exception {
        String body = get("health/ready").body();
        // Payara writes the data's numbers as JSON strings.
        return Long.parseLong(check(body, "database").orElseThrow().getJsonObject("data").get("outboxBacklog").toString()
                .replace("\"", ""));
    }

    /**
     * A value of Payara Micro's /metrics in the OpenMetrics text format: the first sample line that starts
     * with this name (a metric name, or a name with the start of its labels), read as a whole number.
     */
    private long gauge(String start) throws Exception {
        HttpResponse<String> metrics = get("metrics?scope=application");
        assertEquals(200, metrics.statusCode(), metrics.body());
        String name = start.contains("{") ? start.substring(0, start.indexOf('{')) : start;
        String labels = start.contains("{") ? start.substring(start.indexOf('{') + 1) : "";
        return metrics.body().lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(labels))
                .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                .map(value -> (long) Double.parseDouble(value))
                .findFirst().orElseThrow(() -> new AssertionError("no " + start + " in " + metrics.body()));
    }

    /** The server's own endpoints are at its root, beside the application. */
    private HttpResponse<String> get(String path) throws Exception {
        URI root = server.base().resolve("/");
        return HTTP.send(HttpRequest.newBuilder(root.resolve(path)).header("Accept", "application/json, text/plain")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static Optional<JsonObject> check(String body, String name) {
        return json(body).getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> name.equals(c.getString("name"))).findFirst();
    }
}
