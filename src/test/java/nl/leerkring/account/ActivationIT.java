package nl.leerkring.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/** Activation and password-reset links, followed from real mails. */
@OnServer
class ActivationIT {

    private static final String INVALID = "Deze link werkt niet (meer)";
    private static MailCatcher mailServer;

    private Server server;
    private TestSupport support;

    private FacesClient browser;

    @BeforeAll
    static void startMailServer() {
        mailServer = new MailCatcher().start();
    }

    @AfterAll
    static void stopMailServer() {
        mailServer.stop();
    }

    @BeforeEach
    void setUp() throws Exception {
        browser = server.client();
    }

    private String invite(String email, String language) {
        support.post("people", Map.of("email", email, "name", "Ilse Invited", "role", "FACILITATOR", "language", language));
        support.drain();
        return mailServer.onlyMailTo(email).appLink("account/password.xhtml?token=");
    }

    private Page choosePassword(String link, String password, String repeated) {
        Page form = browser.get(link);
        return browser.submit(form, "choose", "submit", Map.of("password", password, "repeated", repeated));
    }

    private Page logIn(FacesClient client, String email, String password) {
        return client.submit(client.get("login.xhtml"), "login", "submit", Map.of("email", email, "password", password));
    }

    @Test
    void anInvitedPersonActivatesThroughTheMailedLinkOnce() {
        String email = TestSupport.uniqueEmail("activate");
        String link = invite(email, "nl");
        MailCatcher.Mail mail = mailServer.onlyMailTo(email);
        assertEquals("Activeer je account bij Leerkring", mail.subject());
        assertTrue(mail.html().contains("Account activeren"));

        Page form = browser.get(link);
        assertEquals("Account activeren", form.heading());

        Page mismatch = choosePassword(link, "een lang wachtwoord", "een ander wachtwoord");
        assertTrue(mismatch.contains("De twee wachtwoorden zijn niet gelijk."), mismatch.body());
        Page tooShort = choosePassword(link, "kort", "kort");
        assertTrue(tooShort.contains("Het wachtwoord moet minstens 10 tekens hebben."));

        Page done = choosePassword(link, "een lang wachtwoord", "een lang wachtwoord");
        assertTrue(done.path().endsWith("/login.xhtml"), done.toString());
        assertTrue(done.contains("Je account is geactiveerd."), done.body());

        Page dashboard = logIn(new FacesClient(browser.uri("")), email, "een lang wachtwoord");
        assertTrue(dashboard.contains("Welkom, Ilse Invited"), dashboard.toString());

        Page reused = browser.get(link);
        assertEquals(INVALID, reused.heading());
    }

    @Test
    void aChangedExpiredOrMadeUpLinkFailsTheSameWay() {
        String email = TestSupport.uniqueEmail("tampered");
        String link = invite(email, "en");
        assertEquals("Activate your Leerkring account", mailServer.onlyMailTo(email).subject());

        char last = link.charAt(link.length() - 1);
        String changed = link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertEquals(INVALID, browser.get(changed).heading());
        assertEquals(INVALID, browser.get("account/password.xhtml?token=made-up").heading());
        assertEquals(INVALID, browser.get("account/password.xhtml").heading());

        Page openForm = browser.get(link);
        assertEquals("Account activeren", openForm.heading());
        support.post("tokens/expire", Map.of("email", email));
        Page late = browser.submit(openForm, "choose", "submit",
                Map.of("password", "een lang wachtwoord", "repeated", "een lang wachtwoord"));
        assertTrue(late.contains("Deze link is ongeldig, al gebruikt of verlopen."), late.body());
        assertEquals(INVALID, browser.get(link).heading());

        Page login = logIn(new FacesClient(browser.uri("")), email, "een lang wachtwoord");
        assertTrue(login.contains("Het e-mailadres of het wachtwoord klopt niet."), "nothing was changed");
    }

    @Test
    void aForgottenPasswordIsResetThroughAMailedLink() {
        String email = TestSupport.uniqueEmail("reset");
        support.post("people/activated", Map.of("email", email, "name", "Rita Reset", "role", "PARTICIPANT",
                "password", "het oude wachtwoord"));

        Page forgot = browser.get("account/forgot.xhtml");
        Page sent = browser.submit(forgot, "forgot", "submit", Map.of("email", email));
        assertTrue(sent.contains("Als er een account bij dit adres hoort"), sent.body());
        Page unknown = browser.submit(browser.get("account/forgot.xhtml"), "forgot", "submit",
                Map.of("email", TestSupport.uniqueEmail("unknown")));
        assertTrue(unknown.contains("Als er een account bij dit adres hoort"), "no hint whether an address exists");

        support.drain();
        MailCatcher.Mail mail = mailServer.onlyMailTo(email);
        assertEquals("Nieuw wachtwoord voor Leerkring", mail.subject());
        String link = mail.appLink("account/password.xhtml?token=");
        assertEquals("Nieuw wachtwoord kiezen", browser.get(link).heading());
        Page done = choosePassword(link, "het nieuwe wachtwoord", "het nieuwe wachtwoord");
        assertTrue(done.contains("Je wachtwoord is gewijzigd."), done.body());

        assertTrue(logIn(new FacesClient(browser.uri("")), email, "het nieuwe wachtwoord").contains("Welkom, Rita Reset"));
        assertFalse(logIn(new FacesClient(browser.uri("")), email, "het oude wachtwoord").contains("Welkom"));
    }

    private String requestReset(String email) {
        browser.submit(browser.get("account/forgot.xhtml"), "forgot", "submit", Map.of("email", email));
        support.drain();
        var mails = mailServer.mailsTo(email);
        return mails.get(mails.size() - 1).appLink("account/password.xhtml?token=");
    }

    @Test
    void aResetEndsEveryOtherSessionAndSpendsEveryOlderLink() throws Exception {
        String email = support.person("two-sessions", "PARTICIPANT");
        FacesClient laptop = FacesClient.loggedIn(browser.uri(""), email, TestSupport.PASSWORD);
        FacesClient phone = FacesClient.loggedIn(browser.uri(""), email, TestSupport.PASSWORD);
        String olderLink = requestReset(email);
        String newerLink = requestReset(email);

        Page done = choosePassword(newerLink, "het nieuwe wachtwoord", "het nieuwe wachtwoord");
        assertTrue(done.contains("Je wachtwoord is gewijzigd."), done.body());

        for (FacesClient other : new FacesClient[] {laptop, phone}) {
            Page next = other.get("dashboard.xhtml");
            assertTrue(next.path().endsWith("/login.xhtml"), "logged out on the next request: " + next);
            assertTrue(next.contains("omdat het wachtwoord van je account is gewijzigd"), next.body());
            assertTrue(other.get("feedback/mine.xhtml").path().endsWith("/login.xhtml"), "and stays out");
        }
        assertEquals(INVALID, browser.get(olderLink).heading(), "the older reset link is spent too");
        Page again = new FacesClient(browser.uri("")).get(olderLink);
        assertEquals(INVALID, again.heading());
        assertTrue(logIn(new FacesClient(browser.uri("")), email, "het nieuwe wachtwoord").path().endsWith("/dashboard.xhtml"),
                "a new login with the new password works");
    }

    @Test
    void anOwnerLockedOutByAnAttackerGetsInAtOnceThroughTheMailedLink() throws Exception {
        String email = support.person("targeted", "PARTICIPANT");
        FacesClient attacker = new FacesClient(browser.uri(""));
        for (int i = 0; i < 5; i++) {
            logIn(attacker, email, "a guess " + i);
        }
        FacesClient owner = new FacesClient(browser.uri(""));
        assertTrue(logIn(owner, email, TestSupport.PASSWORD).contains("Te veel mislukte pogingen."), "the account waits");

        String link = requestReset(email);
        Page done = owner.submit(owner.get(link), "choose", "submit",
                Map.of("password", "het nieuwe wachtwoord", "repeated", "het nieuwe wachtwoord"));
        assertTrue(done.contains("Je wachtwoord is gewijzigd."), done.body());
        assertTrue(logIn(owner, email, "het nieuwe wachtwoord").path().endsWith("/dashboard.xhtml"),
                "the mailed link was proof enough");
    }
}
