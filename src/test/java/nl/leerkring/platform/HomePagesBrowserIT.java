package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;

/**
 * The home page of each role is an overview (what is next, what needs me, the latest activity) with
 * no "coming in a later version" texts and no bare links, on a phone and a desktop, in Dutch and
 * English, and passes axe. The demo data gives every role something to show.
 */
@OnServer
class HomePagesBrowserIT {

    private static final String DEMO_PASSWORD = "leerkring-demo";

    private Server server;

    @Test
    void theParticipantSeesTheNextMeetingAndWhatIsAskedOfThem() throws Exception {
        for (boolean desktop : new boolean[] {false, true}) {
            try (Browser browser = open(desktop)) {
                browser.logIn("wpb1@demo.leerkring.nl", DEMO_PASSWORD);
                String participant = browser.find("#participant").getText();
                assertTrue(participant.contains("Werkplekopleiders najaar"), participant);
                assertTrue(participant.contains("Volgende bijeenkomst: Bijeenkomst 3"), participant);
                assertFalse(participant.contains("zodra je facilitator"), "no text about what already exists");
                String todo = browser.find("#todo").getText();
                assertTrue(todo.contains("zelfscan") && todo.contains("feedbackvraag"), todo);
                assertTrue(browser.findAll("#todo li.todo-item a").size() > 0, "the to-dos of the track, each a link");
                assertTrue(browser.find("#notices-title").isDisplayed(), "the latest activity");
                check(browser, "home-participant", desktop);

                browser.click("#session\\:language");
                browser.waitForHeading("Overview");
                assertTrue(browser.find("#participant").getText().contains("Next meeting: Meeting 3"), browser.excerpt());
                assertTrue(browser.find("#todo-title").getText().contains("What is asked of you"));
                check(browser, "home-participant-en", desktop);
                browser.click("#session\\:language");
                browser.waitForHeading("Overzicht");
            }
        }
    }

    @Test
    void theFacilitatorSeesTheirCohortsWithTheNextMeetingAndWhatIsDue() throws Exception {
        for (boolean desktop : new boolean[] {false, true}) {
            try (Browser browser = open(desktop)) {
                browser.logIn("facilitator@demo.leerkring.nl", DEMO_PASSWORD);
                String facilitator = browser.find("#facilitator").getText();
                assertTrue(facilitator.contains("Werkplekopleiders najaar"), facilitator);
                assertTrue(facilitator.contains("deelnemers"), facilitator);
                assertTrue(facilitator.contains("Volgende bijeenkomst"), facilitator);
                assertFalse(facilitator.contains("volgende versie"), "nothing announced that exists");
                assertTrue(browser.findAll("#my-cohorts a[href*='cohort/meeting.xhtml']").size() > 0, "prepare the next meeting");
                check(browser, "home-facilitator", desktop);

                browser.click("#session\\:language");
                browser.waitForHeading("Overview");
                assertTrue(browser.find("#facilitator").getText().contains("Next meeting"), browser.excerpt());
                check(browser, "home-facilitator-en", desktop);
                browser.click("#session\\:language");
                browser.waitForHeading("Overzicht");
            }
        }
    }

    @Test
    void theCoordinatorSeesCohortsMailAndPeople() throws Exception {
        for (boolean desktop : new boolean[] {false, true}) {
            try (Browser browser = open(desktop)) {
                browser.logIn("coordinator@demo.leerkring.nl", DEMO_PASSWORD);
                assertTrue(browser.find("#coordinator-cohorts").getText().contains("met nog een bijeenkomst te gaan"),
                        browser.excerpt());
                assertTrue(browser.find("#coordinator-mail").getText().contains("mail"), browser.excerpt());
                assertTrue(browser.find("#coordinator-people a[href*='account/people.xhtml']").isDisplayed());
                check(browser, "home-coordinator", desktop);

                browser.click("#session\\:language");
                browser.waitForHeading("Overview");
                assertTrue(browser.find("#coordinator-cohorts").getText().contains("with a meeting still to come"),
                        browser.excerpt());
                check(browser, "home-coordinator-en", desktop);
                browser.click("#session\\:language");
                browser.waitForHeading("Overzicht");
            }
        }
    }

    @Test
    void theFaviconIsServed() throws Exception {
        HttpResponse<byte[]> icon = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.base().resolve("favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, icon.statusCode());
        assertEquals(0, icon.body()[0]);
        assertEquals(1, icon.body()[2], "an icon file (type 1)");
    }

    private Browser open(boolean desktop) throws Exception {
        Browser browser = server.phone();
        if (desktop) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
        return browser;
    }

    private static void check(Browser browser, String name, boolean desktop) throws Exception {
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
        browser.screenshot(name + (desktop ? "-desktop" : "-phone"));
    }
}
