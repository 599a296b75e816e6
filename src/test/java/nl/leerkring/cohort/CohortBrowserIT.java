package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The facilitator's main flow on a phone: create a cohort, paste participants (one bad line),
 * plan the six meetings, record attendance and read the progress grid. Every page passes axe.
 */
@OnServer
class CohortBrowserIT {

    private Server server;
    private TestSupport support;

    @Test
    void aFacilitatorRunsTheCycleFromCreationToTheProgressGrid() throws Exception {
        String facilitator = support.person("browser-fac", "FACILITATOR");
        String anna = TestSupport.uniqueEmail("anna");
        String bram = TestSupport.uniqueEmail("bram");
        // A track that already runs: the start meeting was ten days ago, so its attendance can be noted.
        LocalDate start = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(10);

        try (Browser browser = server.phone()) {
            browser.logIn(facilitator, TestSupport.PASSWORD);
            assertTrue(browser.find("#no-cohorts").getText().contains("nog geen cohort"), browser.excerpt());

            browser.click("#facilitator a[href$='cohort/new.xhtml']");
            browser.waitForHeading("Nieuw cohort");
            browser.assertAccessible();
            browser.type("#cohort\\:name", "Werkplekopleiders voorjaar");
            browser.type("#cohort\\:partnership", "Opleidingsschool Zutphen");
            browser.setValue("#cohort\\:startDate", start.toString());
            browser.click("#cohort\\:submit");
            browser.waitForHeading("Werkplekopleiders voorjaar");
            assertTrue(browser.pageText().contains("is aangemaakt"), browser.excerpt());
            assertTrue(browser.pageText().contains("De start ligt in het verleden"), "a start in the past is said");
            assertEquals(6, browser.findAll("ol.timeline li").size(), "six meetings on the timeline");
            assertEquals("page", browser.find("#part-overview").getAttribute("aria-current"));
            assertTrue(browser.find("#attention").getText().contains("nog geen deelnemers"), browser.excerpt());
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("cohort-created-phone");

            browser.click("#part-participants");
            browser.waitForText("#participants-title", "Deelnemers");
            browser.type("#add\\:pasted", "Anna de Vries <" + anna + ">\nBram Bakker <" + bram + ">\nCor zonder adres");
            browser.click("#add\\:submit");
            browser.waitForText("#messages", "2 deelnemers toegevoegd: 2 met een nieuw account doen meteen mee");
            assertTrue(browser.pageText().contains("1 regel is niet toegevoegd"), "one line, in the singular");
            assertTrue(browser.find("tr.line-error").getText().contains("Cor zonder adres"));
            assertTrue(browser.find("#members").getText().contains(anna));
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("cohort-participants-phone");

            browser.click("#part-meetings");
            browser.click("#schedule");
            browser.waitForHeading("Bijeenkomsten plannen");
            assertFalse(browser.findAll("#schedule\\:reasonField").get(0).isDisplayed(), "no reason asked while nothing deviates");
            LocalDate fifth = LocalDate.parse(browser.find("#schedule\\:rows\\:4\\:date").getAttribute("value"));
            browser.setValue("#schedule\\:rows\\:5\\:date", fifth.plusDays(40).toString());
            browser.type("#schedule\\:rows\\:5\\:location", "Het Baken, lokaal 12");
            browser.click("#schedule\\:save");
            browser.waitForText("#violations", "meer dan een maand");
            WebElement broken = browser.find("#meeting-6");
            assertTrue(broken.getAttribute("class").contains("breaks-rule"), "the meeting that breaks the rule is marked");
            assertTrue(broken.getText().contains("Afwijking: deze bijeenkomst ligt meer dan een maand"), "in words, not colour alone");
            assertTrue(browser.findAll(".breaks-rule").size() == 1, "only that meeting");
            WebElement reason = browser.find("#schedule\\:reason");
            WebElement warning = browser.find("#violations");
            assertTrue(reason.isDisplayed());
            int gap = reason.getRect().getY() - (warning.getRect().getY() + warning.getRect().getHeight());
            assertTrue(gap >= 0 && gap < 120, "the reason box right below the warning, not " + gap + " px away");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("cohort-schedule-violation-phone");
            browser.type("#schedule\\:reason", "Meivakantie, de school is dicht.");
            browser.click("#schedule\\:save");
            browser.waitForHeading("Werkplekopleiders voorjaar");
            assertEquals("page", browser.find("#part-meetings").getAttribute("aria-current"), "back on the meetings");
            assertTrue(browser.pageText().contains("Meivakantie, de school is dicht."), browser.excerpt());

            browser.click("#meetings a[href*='cohort/meeting.xhtml']", 1);
            browser.waitForHeading("Bijeenkomst 2");
            assertTrue(browser.find("#attendance-not-yet").getText().contains("nog niet begonnen"), "no attendance ahead of time");
            assertTrue(browser.findAll("fieldset.attendance-row").isEmpty());
            browser.driver().navigate().back();
            browser.waitForHeading("Werkplekopleiders voorjaar");

            browser.click("#meetings a[href*='cohort/meeting.xhtml']", 0);
            browser.waitForHeading("Startbijeenkomst");
            assertEquals(2, browser.findAll("fieldset.attendance-row").size());
            for (int row = 0; row < 2; row++) {
                boolean isBram = browser.text("fieldset.attendance-row:nth-of-type(" + (row + 1) + ")").contains("Bram");
                // Each row offers every status once, so the row-th radio with this value is this row's.
                browser.click("fieldset.attendance-row input[value='" + (isBram ? "ABSENT" : "PRESENT") + "']", row);
                if (isBram) {
                    browser.type("fieldset.attendance-row input[type='text']", row, "Ziek");
                }
            }
            browser.click("#attendance\\:save");
            browser.waitForText("#messages", "De aanwezigheid is opgeslagen.");
            browser.assertAccessible();
            browser.screenshot("meeting-attendance-phone");

            browser.click("p.meta a");
            browser.waitForHeading("Werkplekopleiders voorjaar");
            String attention = browser.find("#attention").getText();
            assertTrue(attention.contains("1 deelnemer heeft een bijeenkomst gemist"), attention);
            assertTrue(attention.contains("de zelfscan nog niet ingediend"), attention);
            browser.click("#part-results");
            browser.waitForText("#progress-title", "Voortgang");
            List<WebElement> rows = browser.findAll("#progress tbody tr");
            assertEquals(2, rows.size());
            assertTrue(rows.get(0).getText().contains("Bram Bakker"), "who missed a meeting stands first");
            assertTrue(rows.get(0).getText().contains("Heeft een bijeenkomst gemist."));
            assertTrue(rows.get(1).getText().contains("1 aanwezig"));
            assertTrue(browser.findAll("#progress .overdue").size() >= 4, "scan and question overdue for both");
            assertTrue(browser.findAll("#progress .not-yet-due").isEmpty(), "the start meeting is past: all is due");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("cohort-progress-phone");
        }
    }

    @Test
    void aNewCohortsGridIsNeutralAndEveryPartWorksOnADesktopInEnglish() throws Exception {
        String facilitatorEmail = support.person("browser-parts", "FACILITATOR");
        String participant = support.person("browser-parts-wpb", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        String cohort = Cohorts.create(facilitator, "Parts cohort", LocalDate.now().plusDays(30), participant);

        try (Browser browser = server.phone()) {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
            browser.logIn(facilitatorEmail, TestSupport.PASSWORD);
            browser.open("cohort/view.xhtml?id=" + cohort + "&part=results");
            browser.waitForHeading("Parts cohort");
            assertTrue(browser.findAll("#progress .overdue").isEmpty(), "before the start nothing is red");
            assertEquals(2, browser.findAll("#progress .not-yet-due").size(), "scan and question: not yet due");
            browser.assertAccessible();
            browser.screenshot("cohort-results-desktop");

            browser.click("#session\\:language");
            browser.waitForHeading("Parts cohort");
            for (String part : List.of("overview", "meetings", "participants", "results", "groups")) {
                browser.click("#part-" + part);
                browser.waitForHeading("Parts cohort");
                assertEquals("page", browser.find("#part-" + part).getAttribute("aria-current"), part);
                assertTrue(browser.driver().getCurrentUrl().contains("part=" + part), "a link of its own");
                browser.assertAccessible();
                browser.assertNoHorizontalScroll();
                browser.screenshot("cohort-" + part + "-desktop-en");
            }
            assertEquals("Follow-up cycle", browser.find("#followUp-title").getText());
            browser.click("#part-overview");
            browser.waitForHeading("Parts cohort");
            assertTrue(browser.find("#next-meeting").getText().contains("Start meeting"), browser.excerpt());
            browser.click("#session\\:language");
            browser.waitForHeading("Parts cohort");
        }
    }

    @Test
    void theDemoParticipantSeesTheNextMeetingHomeworkAndTimeline() throws Exception {
        try (Browser browser = server.phone()) {
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
