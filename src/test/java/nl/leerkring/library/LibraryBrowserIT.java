package nl.leerkring.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The library in a real browser, as the issue asks: a facilitator (desktop window) finds the work
 * form "Kalibreren leeruitkomsten" by searching on the meeting page, attaches it to meeting 2 as
 * theory, and a participant on a phone opens it from their meeting page. Every page passes axe.
 */
@OnServer
class LibraryBrowserIT {

    private Server server;
    private TestSupport support;

    @Test
    void aFacilitatorAttachesAWorkFormFoundBySearchingAndAParticipantOpensItOnAPhone() throws Exception {
        String facilitatorEmail = support.person("fac-lib-browser", "FACILITATOR");
        String participantEmail = support.person("wpb-lib-browser", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        String cohort = Cohorts.running(facilitator, "Bibliotheek in de browser", participantEmail);
        String meeting2 = Cohorts.meetingIds(facilitator, cohort).get(1);
        String itemId = LibraryIT.kalibreren(facilitator);

        try (Browser browser = server.phone()) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.logIn(facilitatorEmail, TestSupport.PASSWORD);
            browser.open("cohort/meeting.xhtml?id=" + meeting2);
            browser.type("#q", "kalibreren", Keys.ENTER);
            browser.waitForText("#found", LibraryIT.KALIBREREN);
            browser.assertAccessible();
            browser.select("#attach-" + itemId + "\\:part", part -> part.selectByValue("THEORY"));
            browser.click("#attach-" + itemId + "\\:attach");
            browser.waitForText("#messages", "Het materiaal is gekoppeld.");
            assertTrue(browser.findAll("#material-THEORY-" + itemId).size() == 1, "attached under theory");
            browser.assertAccessible();
        }

        try (Browser phone = server.phone()) {
            phone.logIn(participantEmail, TestSupport.PASSWORD);
            phone.open("cohort/mine.xhtml");
            List<WebElement> links = phone.findAll("a[href*='library/item.xhtml?item=" + itemId + "']");
            assertTrue(!links.isEmpty(), "the meeting page links the material: " + phone.excerpt());
            phone.assertAccessible();
            phone.assertNoHorizontalScroll();
            phone.click(links.get(0));
            phone.waitForHeading(LibraryIT.KALIBREREN);
            assertTrue(phone.pageText().contains("Uit de bronnen"), phone.excerpt());
            phone.assertAccessible();
            phone.assertNoHorizontalScroll();
            phone.screenshot("library-item-from-meeting-phone");
            assertEquals(LibraryIT.KALIBREREN, phone.heading());
        }
    }
}
