package nl.leerkring.insights;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The coordinator goes from the home page to the insights on a phone, chooses a cohort of five, and
 * sees the radar with its table and the attendance bars with theirs; the page passes axe and fits
 * 390 px. So does the privacy page, for a visitor and for someone signed in.
 */
@OnServer
class InsightsBrowserIT {

    private Server server;
    private TestSupport support;

    @Test
    void theCoordinatorSeesTheRadarWithItsTable() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String coordinator = support.person("inscoordb", "COORDINATOR");
        FacesClient facilitator = server.logIn(support.person("insfacb", "FACILITATOR"));
        List<String> five = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            five.add(support.person("insc" + tag + i, "PARTICIPANT"));
        }
        String name = "Inzicht telefoon " + tag;
        String cohort = Cohorts.running(facilitator, name, five.toArray(String[]::new));
        for (String email : five) {
            support.post("insights/scan", Map.of("email", email, "moment", "START", "value", "4"));
            support.post("insights/attendance", Map.of("cohort", cohort, "meeting", "1", "email", email,
                    "status", "PRESENT"));
        }

        try (Browser browser = server.phone()) {
            // The privacy page, as a rater without an account reaches it from the footer.
            browser.open("account/privacy.xhtml");
            browser.waitForHeading("Privacy: jouw gegevens in Leerkring");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();

            browser.logIn(coordinator, TestSupport.PASSWORD);
            browser.click("#coordinator-insights a");
            browser.waitForHeading("Inzichten");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();

            new Select(browser.find("#scope")).selectByVisibleText(name);
            browser.click("#show");
            browser.waitForText("#scope-title", name);
            assertTrue(browser.find("#radar canvas").isDisplayed(), "the radar is drawn");
            assertTrue(browser.find("#growth").isDisplayed(), "with its table");
            assertTrue(browser.text("#growth").contains("4,0"), browser.text("#growth"));
            assertTrue(browser.find("#attendance-chart canvas").isDisplayed(), "the attendance bars");
            assertTrue(browser.text("#attendance").contains("(5 van 5)"), browser.text("#attendance"));
            assertTrue(browser.driver().findElements(By.cssSelector("#growth a[href*='mailto']")).isEmpty());
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("insights-phone");

            browser.click("#privacy-link");
            browser.waitForHeading("Privacy: jouw gegevens in Leerkring");
            browser.find("#access-none");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
        }
    }
}
