package nl.leerkring.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.Deployments;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.TestSupport;

/**
 * The library in a real browser, as the issue asks: a facilitator (desktop window) finds the work
 * form "Kalibreren leeruitkomsten" by searching on the meeting page, attaches it to meeting 2 as
 * theory, and a participant on a phone opens it from their meeting page. Every page passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class LibraryBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leerkring();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aFacilitatorAttachesAWorkFormFoundBySearchingAndAParticipantOpensItOnAPhone() throws Exception {
        TestSupport support = new TestSupport(base.toURI());
        String facilitatorEmail = support.person("fac-lib-browser", "FACILITATOR");
        String participantEmail = support.person("wpb-lib-browser", "PARTICIPANT");
        FacesClient facilitator = FacesClient.loggedIn(base.toURI(), facilitatorEmail, TestSupport.PASSWORD);
        String cohort = Cohorts.running(facilitator, "Bibliotheek in de browser", participantEmail);
        String meeting2 = Cohorts.meetingIds(facilitator, cohort).get(1);
        String itemId = LibraryIT.kalibreren(facilitator);

        try (Browser browser = Browser.phone(base.toString())) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.logIn(facilitatorEmail, TestSupport.PASSWORD);
            browser.open("cohort/meeting.xhtml?id=" + meeting2);
            WebElement query = browser.find("#q");
            query.sendKeys("kalibreren");
            query.sendKeys(Keys.ENTER);
            browser.waitForText("#found", LibraryIT.KALIBREREN);
            browser.assertAccessible();
            new Select(browser.find("#attach-" + itemId + "\\:part")).selectByValue("THEORY");
            browser.click("#attach-" + itemId + "\\:attach");
            browser.waitForText("#messages", "Het materiaal is gekoppeld.");
            assertTrue(browser.findAll("#material-THEORY-" + itemId).size() == 1, "attached under theory");
            browser.assertAccessible();
        }

        try (Browser phone = Browser.phone(base.toString())) {
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
