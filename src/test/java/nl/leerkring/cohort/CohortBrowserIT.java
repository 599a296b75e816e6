package nl.leerkring.cohort;

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
import org.openqa.selenium.WebElement;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.Deployments;
import nl.leerkring.testsupport.TestSupport;

/**
 * The facilitator's main flow on a phone: create a cohort, paste participants (one bad line),
 * plan the six meetings, record attendance and read the progress grid. Every page passes axe.
 */
@ExtendWith(ArquillianExtension.class)
class CohortBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.leerkring();
    }

    @ArquillianResource
    private URL base;

    @Test
    void aFacilitatorRunsTheCycleFromCreationToTheProgressGrid() throws Exception {
        TestSupport support = new TestSupport(base.toURI());
        String facilitator = support.person("browser-fac", "FACILITATOR");
        String anna = TestSupport.uniqueEmail("anna");
        String bram = TestSupport.uniqueEmail("bram");

        try (Browser browser = Browser.phone(base.toString())) {
            browser.logIn(facilitator, TestSupport.PASSWORD);

            browser.click("#facilitator a[href$='cohort/new.xhtml']");
            browser.waitForHeading("Nieuw cohort");
            browser.assertAccessible();
            browser.type("#cohort\\:name", "Werkplekopleiders voorjaar");
            browser.type("#cohort\\:partnership", "Opleidingsschool Zutphen");
            browser.setValue("#cohort\\:startDate", "2027-02-01");
            browser.click("#cohort\\:submit");
            browser.waitForHeading("Werkplekopleiders voorjaar");
            assertTrue(browser.pageText().contains("is aangemaakt"), browser.excerpt());
            assertEquals(6, browser.findAll("ol.timeline li").size(), "six meetings on the timeline");
            browser.screenshot("cohort-created-phone");

            browser.type("#add\\:pasted", "Anna de Vries <" + anna + ">\nBram Bakker <" + bram + ">\nCor zonder adres");
            browser.click("#add\\:submit");
            browser.waitForText("#messages", "2 deelnemers toegevoegd: 2 met een nieuw account doen meteen mee");
            assertTrue(browser.text("tr.line-error").contains("Cor zonder adres"));
            assertTrue(browser.text("#members").contains(anna));
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("cohort-participants-phone");

            browser.click("#schedule");
            browser.waitForHeading("Bijeenkomsten plannen");
            browser.setValue("#schedule\\:rows\\:3\\:date", "2027-05-15");
            browser.type("#schedule\\:rows\\:3\\:location", "Het Baken, lokaal 12");
            browser.click("#schedule\\:save");
            browser.waitForText("#violations", "meer dan een maand");
            browser.assertAccessible();
            browser.screenshot("cohort-schedule-violation-phone");
            browser.type("#schedule\\:reason", "Meivakantie, de school is dicht.");
            browser.click("#schedule\\:save");
            browser.waitForHeading("Werkplekopleiders voorjaar");
            assertTrue(browser.pageText().contains("Meivakantie, de school is dicht."), browser.excerpt());

            browser.click("a[href*='cohort/meeting.xhtml']", 0);
            browser.waitForHeading("Startbijeenkomst");
            List<WebElement> fieldsets = browser.findAll("fieldset.attendance-row");
            assertEquals(2, fieldsets.size());
            for (WebElement fieldset : fieldsets) {
                boolean isBram = fieldset.getText().contains("Bram");
                String status = isBram ? "ABSENT" : "PRESENT";
                fieldset.findElement(org.openqa.selenium.By.cssSelector("input[value='" + status + "']")).click();
                if (isBram) {
                    fieldset.findElement(org.openqa.selenium.By.cssSelector("input[type='text']")).sendKeys("Ziek");
                }
            }
            browser.click("#attendance\\:save");
            browser.waitForText("#messages", "De aanwezigheid is opgeslagen.");
            browser.assertAccessible();
            browser.screenshot("meeting-attendance-phone");

            browser.click("p.meta a");
            browser.waitForHeading("Werkplekopleiders voorjaar");
            List<WebElement> rows = browser.findAll("#progress tbody tr");
            assertEquals(2, rows.size());
            assertTrue(rows.get(0).getText().contains("Bram Bakker"), "who missed a meeting stands first");
            assertTrue(rows.get(0).getText().contains("Heeft een bijeenkomst gemist."));
            assertTrue(rows.get(1).getText().contains("1 aanwezig"));
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("cohort-progress-phone");
        }
    }

    @Test
    void theDemoParticipantSeesTheNextMeetingHomeworkAndTimeline() throws Exception {
        try (Browser browser = Browser.phone(base.toString())) {
            browser.logIn("wpb1@demo.leerkring.nl", "leerkring-demo");
            browser.click("#participant a[href$='cohort/mine.xhtml']");
            browser.waitForHeading("Mijn traject");
            String page = browser.pageText();
            assertTrue(page.contains("Werkplekopleiders najaar"), browser.excerpt());
            assertTrue(page.contains("Lees het stageplan van je aanstaande leraar"), "the homework of meeting 2");
            assertTrue(page.contains("Tussen bijeenkomst 2 en 3"), "phase 4 between meetings");
            assertTrue(page.contains("Samenvattingen van de bijeenkomsten"), "the start meeting's summary was sent");
            assertTrue(page.contains("Leg het stageplan van je student naast de stagedocumenten"), browser.excerpt());
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("participant-track-phone");
        }
    }
}
