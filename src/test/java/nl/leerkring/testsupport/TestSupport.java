package nl.leerkring.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Client side of the test-only endpoints in {@code testsupport.server}. */
public final class TestSupport {

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    public TestSupport(URI deployment) {
        this.base = deployment.resolve("test-support/");
    }

    /** The password of every person the tests create. */
    public static final String PASSWORD = "een lang wachtwoord";

    /** A new activated account with one role ("PARTICIPANT", "FACILITATOR", "COORDINATOR"); answers its address. */
    public String person(String prefix, String role) {
        String email = uniqueEmail(prefix);
        post("people/activated", Map.of("email", email, "name", prefix + " Tester", "role", role, "password", PASSWORD));
        return email;
    }

    /** An address nobody else in this test run uses. */
    public static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.leerkring.nl";
    }

    /** A network address nobody else in this test run uses (IPv6 documentation range), see {@link FacesClient}. */
    public static String uniqueClientAddress() {
        String hex = UUID.randomUUID().toString().replace("-", "");
        return "2001:db8:" + hex.substring(0, 4) + ":" + hex.substring(4, 8) + "::" + hex.substring(8, 12);
    }

    public String post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public String get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET().build());
    }

    /** A meeting as the rhythm endpoints list it: its id and its wall-clock start. */
    public record MeetingRow(String id, LocalDateTime startsAt) {
    }

    /** The cohort's six meetings in order, with their starts ({@code rhythm/meetings}). */
    public List<MeetingRow> meetings(String cohortId) {
        return get("rhythm/meetings?cohort=" + cohortId).lines().map(line -> line.split("\\|"))
                .map(parts -> new MeetingRow(parts[0], LocalDateTime.parse(parts[2]))).toList();
    }

    public int drain() {
        return Integer.parseInt(post("outbox/drain", Map.of()));
    }

    private String send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("Test support " + request.uri() + " answered " + response.statusCode()
                        + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new AssertionError("Test support not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
