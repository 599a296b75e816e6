package nl.leerkring.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/** A participant fills the self-scan on a phone, partly with the keyboard, and sees the radar and the table. */
@OnServer
class ScanBrowserIT {

    private Server server;

    @Test
    void aParticipantFillsTheScanOnAPhoneAndSeesTheRadarAndTheTable() throws Exception {
        String email = server.support().person("browser-scan", "PARTICIPANT");
        try (Browser browser = server.phone()) {
            browser.logIn(email, TestSupport.PASSWORD);
            browser.click("#todo a[href$='scan/mine.xhtml']");
            browser.waitForHeading("Zelfscan");
            browser.assertAccessible();
            browser.click("#start\\:submit");
            browser.waitForHeading("Zelfscan werkplekopleider");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();

            int statements = browser.findAll("fieldset.likert").size();
            assertEquals(19, statements);
            // The first statement with the keyboard only: focus the first choice, arrow to 4.
            browser.type("fieldset.likert input[type='radio']", Keys.SPACE);
            browser.waitForText("#scan\\:progress", "1 van 19");
            browser.type("fieldset.likert input[value='1']", Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            browser.waitForAjax();
            for (int i = 1; i < statements; i++) {
                int value = 2 + (i % 5);
                // Every statement offers the same choices: the i-th radio with this value is the i-th statement's.
                browser.click("fieldset.likert input[value='" + value + "']", i);
                browser.waitForText("#scan\\:progress", (i + 1) + " van 19");
            }
            browser.screenshot("scan-filled-phone");
            browser.click("#scan\\:submit");

            browser.waitForHeading("Resultaat zelfscan");
            assertTrue(browser.pageText().contains("Je zelfscan is ingediend."), browser.excerpt());
            assertTrue(browser.find("#radar canvas").isDisplayed(), "the radar is drawn");
            List<WebElement> rows = browser.findAll("#means tbody tr");
            assertEquals(5, rows.size());
            assertTrue(rows.get(0).getText().startsWith("Agogische bekwaamheden (begeleider)"), rows.get(0).getText());
            assertTrue(browser.text("#lowest").length() > 0);
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("scan-result-phone");
        }
    }
}
