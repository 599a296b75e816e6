package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/** The main flows in headless Chromium on a phone-sized window, each page checked with axe. */
@OnServer
class MainFlowsBrowserIT {

    private Server server;

    @Test
    void theDemoFacilitatorLogsInWithTheKeyboardAndSeesTheDashboard() throws Exception {
        try (Browser browser = server.phone()) {
            browser.open("login.xhtml");
            assertEquals("Inloggen", browser.heading());
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("login-phone");

            browser.logIn("facilitator@demo.leerkring.nl", "leerkring-demo");

            assertTrue(browser.pageText().contains("Welkom, Frank Jansen"), browser.excerpt());
            assertTrue(browser.text("#facilitator").contains("Facilitator"));
            assertTrue(browser.findAll("#coordinator").isEmpty(), "no coordinator card for a facilitator");
            String facilitatorCard = browser.text("#facilitator");
            assertTrue(facilitatorCard.contains("Werkplekopleiders najaar: Samenvatting van bijeenkomst 2 is te laat"),
                    "the demo's meeting 2 has no summary after more than a week: " + facilitatorCard);
            assertFalse(facilitatorCard.contains("bijeenkomst 1"), "the start meeting's summary went out");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("dashboard-facilitator-phone");
        }
    }

    @Test
    void theCoordinatorInvitesAFacilitatorAndFindsTheMailInTheLog() throws Exception {
        String email = TestSupport.uniqueEmail("browser-invite");
        // An own coordinator: this test switches the language, which is stored with the person.
        String coordinator = TestSupport.uniqueEmail("browser-coordinator");
        server.support().post("people/activated", java.util.Map.of("email", coordinator,
                "name", "Cor Coordinator", "role", "COORDINATOR", "password", TestSupport.PASSWORD));
        try (Browser browser = server.phone()) {
            browser.logIn(coordinator, TestSupport.PASSWORD);

            browser.click("nav.main-nav a[href$='account/people.xhtml']");
            browser.waitForHeading("Mensen");
            browser.type("#invite\\:name", "Ineke Bos");
            browser.type("#invite\\:email", email);
            browser.click("#invite\\:submit");
            browser.waitForAjax();
            browser.waitForText("#messages", "Ineke Bos (" + email + ") is uitgenodigd.");
            assertTrue(browser.text("#people").contains(email));
            assertTrue(browser.text("#people").contains("Nog niet geactiveerd"));
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("people-phone");

            browser.click("nav.main-nav a[href$='mail/log.xhtml']");
            browser.waitForHeading("Maillog");
            String log = browser.text("#mails");
            assertTrue(log.contains(email), log);
            assertTrue(log.contains("Activeer je account bij Leerkring"), log);
            browser.assertAccessible();
            browser.screenshot("mail-log-phone");

            browser.click("#session\\:language");
            browser.waitForHeading("Mail log");
            assertTrue(browser.text("#mails").contains(email));
        }
    }
}
