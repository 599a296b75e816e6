package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * Requests a browser on another site could make in a signed-in person's name, requests no page
 * answers, and the headers on every kind of response (pages, redirects, errors).
 */
@OnServer
class RequestForgeryIT {

    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    private Server server;
    private TestSupport support;

    private URI deployment;

    @BeforeEach
    void setUp() throws Exception {
        deployment = server.base();
        support = new TestSupport(deployment);
    }

    private FacesClient participant() {
        return FacesClient.loggedIn(deployment, support.person("forgery", "PARTICIPANT"), TestSupport.PASSWORD);
    }

    private static boolean signedIn(FacesClient client) {
        return client.get("dashboard.xhtml").path().endsWith("/dashboard.xhtml");
    }

    /** The scheme, host and port of the deployment, as a browser on our own pages sends it. */
    private String ownOrigin() {
        return deployment.getScheme() + "://" + deployment.getHost() + ":" + deployment.getPort();
    }

    @Test
    void aPostFromAnotherSiteIsRefusedAndChangesNothing() {
        FacesClient client = participant();
        Page dashboard = client.get("dashboard.xhtml");

        for (String[] header : List.of(new String[] {"Origin", "https://evil.example"},
                new String[] {"Origin", "null"},
                new String[] {"Origin", deployment.getScheme() + "://" + deployment.getHost() + ":1"},
                new String[] {"Referer", "https://evil.example/leerkring/dashboard.xhtml"})) {
            client.withHeader(header[0], header[1]);
            Page answer = client.submit(dashboard, "session", "logout", Map.of());
            client.withHeader(header[0], null);
            assertEquals(403, answer.status(), String.join(": ", header) + " -> " + answer);
            assertTrue(signedIn(client), "the logout did not run for " + String.join(": ", header));
        }

        client.withHeader("Origin", ownOrigin());
        client.withHeader("Referer", deployment.resolve("dashboard.xhtml").toString());
        Page loggedOut = client.submit(client.get("dashboard.xhtml"), "session", "logout", Map.of());
        assertTrue(loggedOut.contains("Je bent uitgelogd."), "our own origin is welcome: " + loggedOut);
    }

    @Test
    void aPostWithoutOriginOrRefererIsAllowedForOldClients() {
        FacesClient client = participant();
        Page loggedOut = client.submit(client.get("dashboard.xhtml"), "session", "logout", Map.of());
        assertTrue(loggedOut.contains("Je bent uitgelogd."), loggedOut.toString());
    }

    @Test
    void aGetCarryingAViewStateRunsNoAction() {
        FacesClient client = participant();
        Page dashboard = client.get("dashboard.xhtml");
        String query = "session=session&session%3Alogout=session%3Alogout&" + VIEW_STATE + "="
                + URLEncoder.encode(FacesClient.viewState(dashboard.body(), "session"), StandardCharsets.UTF_8);

        HttpResponse<String> answer = client.exchange("GET", "dashboard.xhtml?" + query);

        assertEquals(400, answer.statusCode(), answer.body());
        assertSecurityHeaders(answer);
        assertTrue(signedIn(client), "the logout did not run");
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyWithANonce() {
        HttpResponse<String> login = new FacesClient(deployment).exchange("GET", "login.xhtml");
        assertEquals(200, login.statusCode());
        assertSecurityHeaders(login);
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        String scripts = directive(policy, "script-src");
        assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'"), policy);
        assertTrue(login.body().contains("nonce=\"" + scripts.replaceAll(".*'nonce-([^']+)'.*", "$1") + "\""),
                "the page's scripts carry the nonce");
        assertEquals(1, login.headers().allValues("Content-Security-Policy").size(), "one policy, not two");
        String second = new FacesClient(deployment).exchange("GET", "login.xhtml").headers()
                .firstValue("Content-Security-Policy").orElseThrow();
        assertNotEquals(policy, second, "a new nonce for every response");
        assertFalse(login.headers().firstValue("Strict-Transport-Security").isPresent(),
                "no HSTS while the session cookie is not secure (plain HTTP in tests)");
    }

    @Test
    void theLoginRedirectAndErrorsCarryTheSameHeaders() {
        HttpResponse<String> redirect = new FacesClient(deployment).exchange("GET", "dashboard.xhtml");
        assertEquals(302, redirect.statusCode());
        assertTrue(redirect.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        assertSecurityHeaders(redirect);

        FacesClient client = participant();
        HttpResponse<String> notFound = client.exchange("GET", "does-not-exist.xhtml");
        assertEquals(404, notFound.statusCode());
        assertSecurityHeaders(notFound);
        HttpResponse<String> otherRole = client.exchange("GET", "account/people.xhtml");
        assertEquals(404, otherRole.statusCode());
        assertSecurityHeaders(otherRole);

        HttpResponse<String> stylesheet = client.exchange("GET",
                "jakarta.faces.resource/leerkring.css.xhtml?ln=leerkring");
        assertEquals(200, stylesheet.statusCode());
        assertSecurityHeaders(stylesheet);
    }

    @Test
    void onlyGetPostAndHeadAreAnswered() {
        FacesClient anonymous = new FacesClient(deployment);
        FacesClient client = participant();
        for (String method : List.of("PUT", "DELETE", "OPTIONS", "PATCH")) {
            for (HttpResponse<String> answer : List.of(anonymous.exchange(method, "login.xhtml"),
                    anonymous.exchange(method, "dashboard.xhtml"), client.exchange(method, "dashboard.xhtml"),
                    client.exchange(method, "jakarta.faces.resource/leerkring.css.xhtml?ln=leerkring"))) {
                assertEquals(405, answer.statusCode(), method + " " + answer.uri());
                assertEquals("GET, POST, HEAD", answer.headers().firstValue("Allow").orElse(null));
                assertEquals("405 Method Not Allowed", answer.body().trim(), "no server error page");
                assertSecurityHeaders(answer);
            }
        }
        // TRACE is refused by Payara itself, before the application sees it (so without our headers).
        assertEquals(405, client.exchange("TRACE", "dashboard.xhtml").statusCode());
        HttpResponse<String> head = client.exchange("HEAD", "dashboard.xhtml");
        assertEquals(200, head.statusCode());
        assertSecurityHeaders(head);
    }

    @Test
    void aFormFromAnEarlierSessionGetsTheExpiredPageNotAnError() {
        String email = support.person("expired", "PARTICIPANT");
        FacesClient earlier = FacesClient.loggedIn(deployment, email, TestSupport.PASSWORD);
        Page stale = earlier.get("dashboard.xhtml");
        earlier.submit(stale, "session", "logout", Map.of());
        // The same person in a new session sends the form of the old one (its view is gone).
        FacesClient client = FacesClient.loggedIn(deployment, email, TestSupport.PASSWORD);

        Page page = client.submit(stale, "session", "language", Map.of());
        assertEquals("Pagina verlopen", page.heading(), page.body());
        assertEquals(200, page.status());
        assertTrue(page.path().endsWith("/errors/expired.xhtml"), page.toString());

        Map<String, String> ajax = new LinkedHashMap<>();
        ajax.put("jakarta.faces.partial.ajax", "true");
        ajax.put("jakarta.faces.source", "session:language");
        ajax.put("jakarta.faces.partial.execute", "@all");
        ajax.put("jakarta.faces.partial.render", "@all");
        ajax.put("session", "session");
        ajax.put("session:language", "session:language");
        ajax.put(VIEW_STATE, FacesClient.viewState(stale.body(), "session"));
        client.withHeader("Faces-Request", "partial/ajax");
        Page partial = client.post(client.uri("dashboard.xhtml"), ajax);
        client.withHeader("Faces-Request", null);
        assertEquals(200, partial.status(), partial.body());
        assertTrue(partial.body().contains("<partial-response") && partial.body().contains("/errors/expired.xhtml"),
                "the ajax answer sends the browser to the expired page: " + partial.body());
        assertEquals("Pagina verlopen", client.get("errors/expired.xhtml").heading());
    }

    @Test
    void aFormThatClaimsAStatelessViewGetsTheExpiredPageNotAnError() {
        FacesClient client = new FacesClient(deployment);
        client.get("login.xhtml");
        Page page = client.post(client.uri("login.xhtml"), Map.of("login", "login", "login:email", "a@b.nl",
                "login:password", "whatever", "login:submit", "login:submit", VIEW_STATE, "stateless"));
        assertEquals(200, page.status(), page.body());
        assertEquals("Pagina verlopen", page.heading(), page.body());
    }

    private static String directive(String policy, String name) {
        for (String directive : policy.split(";")) {
            if (directive.trim().startsWith(name + " ")) {
                return directive.trim();
            }
        }
        throw new AssertionError("No " + name + " in " + policy);
    }

    private static void assertSecurityHeaders(HttpResponse<?> response) {
        String where = response.request().method() + " " + response.uri() + " (" + response.statusCode() + ")";
        var headers = response.headers();
        assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), where);
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), where);
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(null), where);
        String policy = headers.firstValue("Content-Security-Policy").orElse("");
        for (String directive : List.of("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                "frame-ancestors 'none'", "form-action 'self'")) {
            assertTrue(policy.contains(directive), where + " lacks " + directive + " in '" + policy + "'");
        }
        assertFalse(directive(policy, "script-src").contains("unsafe"), where + ": " + policy);
    }
}
