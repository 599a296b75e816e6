package nl.leerkring.learning;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/** On a phone, through axe: the facilitator follows the overdue warning, edits and sends the summary; a participant reads it. */
@OnServer
class SummaryBrowserIT {

    private Server server;
    private TestSupport support;

    @Test
    void theFacilitatorEditsAndSendsASummaryAndAParticipantSeesIt() throws Exception {
        String facilitatorEmail = support.person("sfac", "FACILITATOR");
        String annaEmail = support.person("sanna", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        // Started ten days ago: the start meeting was held ten days ago, so its summary is overdue.
        String cohort = Cohorts.running(facilitator, "Samenvatting browser", annaEmail);
        String firstMeeting = Cohorts.meetingIds(facilitator, cohort).get(0);
        facilitator.submit(facilitator.get("cohort/meeting.xhtml?id=" + firstMeeting), "outcome", "save",
                Map.of("homework", "Bespreek het stageplan met je student."));

        try (Browser browser = server.phone()) {
            browser.logIn(facilitatorEmail, TestSupport.PASSWORD);
            browser.waitForText(".summary-warnings", "Samenvatting van bijeenkomst 1 is te laat");
            browser.assertAccessible();
            browser.click(".summary-warnings a");
            browser.waitForHeading("Samenvatting: Startbijeenkomst");
            assertTrue(browser.find("#summary\\:text").getAttribute("value").contains("Bespreek het stageplan met je student."),
                    browser.excerpt());
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.type("#summary\\:text", "\nTot de volgende keer!");
            browser.click("#summary\\:send");
            browser.waitForText("#messages", "De samenvatting is verstuurd; 1 nieuwe mail staat klaar.");
            browser.waitForText("#summary-status", "Verstuurd op");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("summary-sent-phone");

            browser.open("cohort/view.xhtml?id=" + cohort);
            browser.waitForHeading("Samenvatting browser");
            assertFalse(browser.pageText().contains("Samenvatting van bijeenkomst 1"), browser.excerpt());
        }

        try (Browser browser = server.phone()) {
            browser.logIn(annaEmail, TestSupport.PASSWORD);
            browser.open("cohort/mine.xhtml");
            browser.waitForText(".summaries", "Samenvattingen van de bijeenkomsten");
            List<WebElement> summaries = browser.findAll(".meeting-summary");
            assertTrue(summaries.size() == 1, browser.excerpt());
            String shown = summaries.get(0).getText();
            assertTrue(shown.contains("Startbijeenkomst") && shown.contains("Verstuurd op")
                    && shown.contains("Tot de volgende keer!") && shown.contains("Bespreek het stageplan"), shown);
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("summary-participant-phone");
        }
    }
}
