package nl.leerkring.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/** Logging in and out, throttling, and the 404 for pages of another role. */
@OnServer
class LoginIT {

    private static final String DEMO_PASSWORD = "leerkring-demo";

    private Server server;
    private TestSupport support;

    private FacesClient browser;

    @BeforeEach
    void setUp() throws Exception {
        URI deployment = server.base();
        browser = new FacesClient(deployment);
        support = new TestSupport(deployment);
    }

    private Page logIn(String email, String password) {
        Page login = browser.get("login.xhtml");
        return browser.submit(login, "login", "submit", Map.of("email", email, "password", password));
    }

    @Test
    void pagesTellBrowsersNotToLeakLinksOrFrameThem() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(browser.uri("account/password.xhtml?token=abc")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(null));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(null));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        Page page = browser.get("dashboard.xhtml");
        assertTrue(page.path().endsWith("/login.xhtml"), page.toString());
        assertEquals("Inloggen", page.heading());
        assertTrue(browser.get("").path().endsWith("/login.xhtml"), "the site root too");
    }

    @Test
    void theDemoFacilitatorLogsInOnANewSessionIdAndOut() {
        browser.get("login.xhtml");
        String before = browser.sessionId();
        assertNotNull(before);

        Page dashboard = logIn("facilitator@demo.leerkring.nl", DEMO_PASSWORD);

        assertTrue(dashboard.path().endsWith("/dashboard.xhtml"), dashboard.toString());
        assertTrue(dashboard.contains("Welkom, Frank Jansen"));
        assertNotEquals(before, browser.sessionId(), "the session id changes at login");

        Page loggedOut = browser.submit(dashboard, "session", "logout", Map.of());
        assertTrue(loggedOut.contains("Je bent uitgelogd."), loggedOut.toString());
        assertTrue(browser.get("dashboard.xhtml").path().endsWith("/login.xhtml"));
    }

    @Test
    void aWrongPasswordGetsAClearDutchMessageAndNoSession() {
        Page page = logIn("facilitator@demo.leerkring.nl", "not-the-password");
        assertTrue(page.contains("Het e-mailadres of het wachtwoord klopt niet."), page + "\n" + page.body());
        assertTrue(browser.get("dashboard.xhtml").path().endsWith("/login.xhtml"));
    }

    @Test
    void aFormFromAnExpiredSessionGetsAFriendlyPage() {
        Page page = browser.post(browser.uri("login.xhtml"), Map.of("login", "login",
                "login:email", "facilitator@demo.leerkring.nl", "login:password", DEMO_PASSWORD,
                "login:submit", "login:submit", "jakarta.faces.ViewState", "1234:5678"));
        assertEquals("Pagina verlopen", page.heading(), page.body());
        assertTrue(browser.get("dashboard.xhtml").path().endsWith("/login.xhtml"), "and nobody logged in");
    }

    @Test
    void anUnknownAddressGetsTheSameMessage() {
        Page page = logIn("nobody-" + System.nanoTime() + "@test.leerkring.nl", "whatever-password");
        assertTrue(page.contains("Het e-mailadres of het wachtwoord klopt niet."));
    }

    @Test
    void theSessionCookieIsNotSentAlongByOtherSites() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(browser.uri("login.xhtml")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
    }

    @Test
    void failuresSpreadOverManyAccountsSlowTheClientDown() {
        String owner = support.person("spray-target", "PARTICIPANT");
        int refused = 0;
        for (int account = 0; account < 25; account++) {
            String email = "spray-" + account + "-" + System.nanoTime() + "@test.leerkring.nl";
            for (int guess = 0; guess < 4; guess++) {
                Page page = logIn(email, "guess " + guess);
                if (page.contains("Te veel mislukte pogingen.")) {
                    refused++;
                } else {
                    assertTrue(page.contains("Het e-mailadres of het wachtwoord klopt niet."), page.body());
                }
            }
        }
        assertEquals(100 - 19, refused, "the twentieth failure from one client tells it to wait, and the rest wait");
        Page right = logIn(owner, TestSupport.PASSWORD);
        assertTrue(right.contains("Te veel mislukte pogingen."), "even a right password waits on that client");

        FacesClient elsewhere = new FacesClient(browser.uri(""));
        Page dashboard = elsewhere.submit(elsewhere.get("login.xhtml"), "login", "submit",
                Map.of("email", owner, "password", TestSupport.PASSWORD));
        assertTrue(dashboard.path().endsWith("/dashboard.xhtml"), "the accounts themselves are not locked: " + dashboard);
    }

    @Test
    void fiveFirstFailuresAtOnceAllCountAndNoneGetsAnErrorPage() throws Exception {
        String email = TestSupport.uniqueEmail("parallel");
        support.post("people/activated", Map.of("email", email, "name", "Paula Parallel", "role", "PARTICIPANT",
                "password", "the right password"));
        java.util.List<FacesClient> clients = new java.util.ArrayList<>();
        java.util.List<Page> forms = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            FacesClient client = new FacesClient(browser.uri(""));
            clients.add(client);
            forms.add(client.get("login.xhtml"));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(5);
        try {
            java.util.List<java.util.concurrent.Future<Page>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                FacesClient client = clients.get(i);
                Page form = forms.get(i);
                answers.add(pool.submit(() -> client.submit(form, "login", "submit",
                        Map.of("email", email, "password", "wrong at once"))));
            }
            for (var answer : answers) {
                Page page = answer.get();
                assertTrue(page.contains("Het e-mailadres of het wachtwoord klopt niet.")
                        || page.contains("Te veel mislukte pogingen."), page + "\n" + page.body());
            }
        } finally {
            pool.shutdownNow();
        }
        Page page = logIn(email, "the right password");
        assertTrue(page.contains("Te veel mislukte pogingen."), "all five failures counted: " + page.body());
    }

    @Test
    void fiveFailuresLockTheAddressEvenForTheRightPassword() {
        String email = TestSupport.uniqueEmail("throttle");
        support.post("people/activated", Map.of("email", email, "name", "Tess Throttle", "role", "PARTICIPANT",
                "password", "the right password"));
        for (int i = 0; i < 5; i++) {
            logIn(email, "wrong password " + i);
        }
        Page page = logIn(email, "the right password");
        assertTrue(page.contains("Te veel mislukte pogingen."), page + "\n" + page.body());
        assertTrue(browser.get("dashboard.xhtml").path().endsWith("/login.xhtml"));
    }

    @Test
    void aParticipantGets404ForCoordinatorPagesAndAForgedPostChangesNothing() {
        logIn("wpb1@demo.leerkring.nl", DEMO_PASSWORD);

        Page people = browser.get("account/people.xhtml");
        assertEquals(404, people.status());
        assertEquals("Pagina niet gevonden", people.heading());
        assertEquals(404, browser.get("mail/log.xhtml").status());
        assertEquals(404, browser.get("does-not-exist.xhtml").status());

        String forged = TestSupport.uniqueEmail("forged");
        Page answer = browser.post(browser.uri("account/people.xhtml"), Map.of(
                "invite", "invite", "invite:name", "Forged", "invite:email", forged,
                "invite:role", "COORDINATOR", "invite:language", "nl", "invite:submit", "",
                "jakarta.faces.ViewState", "stateless"));
        assertEquals(404, answer.status());
        assertEquals("false", support.get("people/exists?email=" + forged));
    }

    @Test
    void aFacilitatorGets404ForCoordinatorPagesAndTheCoordinatorGetsThem() {
        logIn("facilitator@demo.leerkring.nl", DEMO_PASSWORD);
        assertEquals(404, browser.get("account/people.xhtml").status());

        FacesClient coordinator = new FacesClient(browser.uri(""));
        Page login = coordinator.get("login.xhtml");
        coordinator.submit(login, "login", "submit", Map.of("email", "coordinator@demo.leerkring.nl", "password", DEMO_PASSWORD));
        Page people = coordinator.get("account/people.xhtml");
        assertEquals(200, people.status());
        assertEquals("Mensen", people.heading());
        assertTrue(people.contains("facilitator@demo.leerkring.nl"));
        assertEquals(200, coordinator.get("mail/log.xhtml").status());
    }
}
