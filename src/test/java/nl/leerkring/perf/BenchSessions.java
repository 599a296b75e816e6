package nl.leerkring.perf;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.Page;

/**
 * The logged-in sessions the load benchmark ({@code src/test/bench/bench.sh}) hands to wrk, made
 * the way a browser makes them (the Faces login form, with {@link FacesClient}).
 *
 * <ul>
 * <li>{@code sessions BASE DIR SCAN}: logs in the demo facilitator, participant and coordinator and
 * writes their session cookies to {@code DIR/<role>.cookie}; logs the participant in once more,
 * opens the draft self-scan {@code SCAN} and writes to {@code DIR/save.cookie} and
 * {@code DIR/save.body} what faces.js posts when one answer is clicked (the view state of that
 * page, which nothing else in that session pushes out).</li>
 * <li>{@code visit BASE N PATH...}: N participant sessions, each opening the given pages
 * (the session-heap measurement takes a class histogram before and after).</li>
 * </ul>
 */
public final class BenchSessions {

    private static final String PASSWORD = "leerkring-demo";

    private BenchSessions() {
    }

    public static void main(String[] args) throws IOException {
        URI base = URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/");
        if ("sessions".equals(args[0])) {
            Path dir = Path.of(args[2]);
            for (String role : List.of("facilitator", "coordinator")) {
                Files.writeString(dir.resolve(role + ".cookie"), cookie(login(base, role + "@demo.leerkring.nl")));
            }
            Files.writeString(dir.resolve("participant.cookie"), cookie(login(base, "wpb1@demo.leerkring.nl")));
            FacesClient saver = login(base, "wpb1@demo.leerkring.nl");
            Page fill = saver.get("scan/fill.xhtml?id=" + args[3]);
            Files.writeString(dir.resolve("save.cookie"), cookie(saver));
            Files.writeString(dir.resolve("save.body"), answerPost(fill));
        } else if ("visit".equals(args[0])) {
            int sessions = Integer.parseInt(args[2]);
            List<FacesClient> kept = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                FacesClient client = login(base, "wpb1@demo.leerkring.nl");
                for (int p = 3; p < args.length; p++) {
                    Page page = client.get(args[p]);
                    if (page.status() != 200) {
                        throw new IllegalStateException(args[p] + " answered " + page.status());
                    }
                }
                kept.add(client);
            }
            System.out.println(kept.size() + " sessions, " + (args.length - 3 + 1) + " pages each (login page included)");
        } else {
            throw new IllegalArgumentException("sessions BASE DIR SCAN | visit BASE N PATH...");
        }
    }

    private static FacesClient login(URI base, String email) {
        return FacesClient.loggedIn(base, email, PASSWORD);
    }

    private static String cookie(FacesClient client) {
        return client.sessionCookies();
    }

    /** What faces.js sends when the first statement of the first area gets the answer 5 (as ScanSavingIT). */
    private static String answerPost(Page fill) {
        String field = "areas:0:items:0:answer";
        Map<String, String> data = new LinkedHashMap<>();
        data.put("scan", "scan");
        data.put("jakarta.faces.ViewState", FacesClient.viewState(fill.body(), "scan"));
        data.put("jakarta.faces.source", "scan:" + field + ":4");
        data.put("jakarta.faces.partial.ajax", "true");
        data.put("jakarta.faces.partial.execute", "scan:" + field);
        data.put("jakarta.faces.partial.render", "scan:progress");
        data.put("jakarta.faces.behavior.event", "valueChange");
        data.put("scan:" + field, "5");
        return data.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
