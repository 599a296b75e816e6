package nl.leerkring.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The student teacher's whole path on a phone, from the link in the mail to the thank-you page,
 * and the participant's overlay radar and gap table afterwards. Every page passes axe.
 */
@OnServer
class FeedbackBrowserIT {

    private Server server;
    private TestSupport support;

    @Test
    void aStudentTeacherGivesFeedbackOnAPhoneAndTheParticipantSeesTheOverlay() throws Exception {
        String participantEmail = support.person("overlay", "PARTICIPANT");
        FacesClient participant = server.logIn(participantEmail);
        Page fill = participant.submit(participant.get("scan/mine.xhtml"), "start", "submit", Map.of("moment", "START"));
        participant.submit(fill, "scan", "submit", FeedbackIT.answerAll(fill, "scan", "6", ""));
        String student = TestSupport.uniqueEmail("student-browser");

        try (MailCatcher mailServer = new MailCatcher().start(); Browser browser = server.phone()) {
            browser.logIn(participantEmail, TestSupport.PASSWORD);
            browser.open("feedback/mine.xhtml");
            browser.waitForHeading("Feedback vragen");
            browser.assertAccessible();
            browser.type("#ask\\:name", "Stijn Student");
            browser.type("#ask\\:email", student);
            browser.click("#ask\\:submit");
            browser.waitForText("#messages", "Stijn Student staat klaar om te versturen");
            browser.click("#session\\:logout");
            browser.waitForHeading("Inloggen");

            support.drain();
            String link = mailServer.onlyMailTo(student).appLink("feedback/give.xhtml?token=");
            browser.open(link);
            browser.waitForHeading("Feedback geven");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            // Grouped per area: only the first area is open, the others fold under their name and count.
            List<WebElement> areas = browser.findAll("details.area");
            assertEquals(5, areas.size());
            assertEquals(List.of(true, false, false, false, false),
                    areas.stream().map(area -> area.getAttribute("open") != null).toList());
            int total = browser.findAll("fieldset.likert").size();
            assertTrue(browser.text("#give-progress").startsWith("0 van " + total + " uitspraken beantwoord"),
                    browser.text("#give-progress"));
            Number folded = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "return document.documentElement.scrollHeight;");
            Number unfolded = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                    "const areas = Array.from(document.querySelectorAll('details.area'));"
                            + " const open = areas.map(a => a.open); areas.forEach(a => a.open = true);"
                            + " const height = document.documentElement.scrollHeight;"
                            + " areas.forEach((a, i) => a.open = open[i]); return height;");
            assertTrue(folded.intValue() * 3 < unfolded.intValue() * 2,
                    "folded " + folded + " px, every area open " + unfolded + " px");
            browser.screenshot("feedback-form-folded-phone");
            int answered = 0;
            for (int a = 0; a < areas.size(); a++) {
                String area = "#area-" + (a + 1);
                if (browser.findAll(area + "[open]").isEmpty()) {
                    browser.click(area + " > summary");
                }
                int groups = browser.findAll(area + " fieldset.likert").size();
                for (int i = 0; i < groups; i++) {
                    String value = answered == 2 ? "0" : String.valueOf(3 + (answered % 3));
                    // Every statement offers the same choices: the i-th radio with this value is the i-th statement's.
                    browser.click(area + " fieldset.likert input[value='" + value + "']", i);
                    answered++;
                }
                String count = groups + " van " + groups + " beantwoord";
                browser.waitForText("#area-" + (a + 1) + " .area-count", count);
                if (a + 1 < areas.size()) {
                    assertTrue(browser.findAll("details.area").get(a + 1).getAttribute("open") != null,
                            "a complete area opens the next one");
                }
            }
            browser.waitForText("#give-progress", total + " van " + total + " uitspraken beantwoord");
            browser.type("textarea", "Vraag vaker door op mijn keuzes.");
            browser.screenshot("feedback-form-phone");
            browser.click("#give\\:submit");
            browser.waitForHeading("Bedankt!");
            browser.assertAccessible();

            browser.logIn(participantEmail, TestSupport.PASSWORD);
            browser.open("feedback/result.xhtml");
            browser.waitForHeading("Feedbackresultaat");
            assertTrue(browser.find("#radar canvas").isDisplayed());
            List<WebElement> gaps = browser.findAll("#gaps tbody tr");
            assertEquals(5, gaps.size());
            assertTrue(gaps.get(0).getText().contains("Aanstaande leraren"), gaps.get(0).getText());
            assertTrue(browser.text("#comments").contains("Vraag vaker door op mijn keuzes. "
                    .strip()) && browser.text("#comments").contains("Stijn Student"));
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.assertRadarLabelsInside("#radar canvas", 60);
            browser.screenshot("feedback-result-phone");

            browser.open("scan/mine.xhtml");
            browser.clickLink("Resultaat bekijken");
            browser.waitForHeading("Resultaat zelfscan");
            browser.assertRadarLabelsInside("#radar canvas", 60);
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("scan-result-radar-phone");
        }
    }
}
