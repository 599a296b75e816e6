package nl.leerkring.learning.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The nominal group technique live, as in a start meeting: the facilitator's board and a participant's
 * phone side by side. Neither reloads by hand; each follows the other through the poll. Every page passes axe.
 */
@OnServer
class SharedQuestionBrowserIT {

    private Server server;
    private TestSupport support;

    @Test
    void theBoardAndAPhoneFollowEachOtherFromTheFirstIdeaToTheRecordedQuestion() throws Exception {
        String facilitatorEmail = support.person("nfac", "FACILITATOR");
        String annaEmail = support.person("nanna", "PARTICIPANT");
        String bramEmail = support.person("nbram", "PARTICIPANT");
        FacesClient facilitatorClient = server.logIn(facilitatorEmail);
        String cohort = Cohorts.running(facilitatorClient, "Startbijeenkomst live", annaEmail, bramEmail);

        try (Browser board = server.phone(); Browser phone = server.phone()) {
            board.logIn(facilitatorEmail, TestSupport.PASSWORD);
            board.open("cohort/view.xhtml?part=results&id=" + cohort);
            board.click("#startSession\\:start");
            board.waitForHeading("Gezamenlijke leervraag: het bord");
            board.assertAccessible();
            board.assertNoHorizontalScroll();

            phone.logIn(annaEmail, TestSupport.PASSWORD);
            phone.open("cohort/mine.xhtml");
            phone.clickLink("Doe mee met de gezamenlijke leervraag");
            phone.waitForHeading("Gezamenlijke leervraag");
            phone.assertAccessible();
            phone.type("#idea\\:text", "Hoe stel je samen met de student een leerroute op?");
            phone.click("#idea\\:add");
            phone.waitForText("#messages", "Je idee is toegevoegd.");
            phone.assertAccessible();
            phone.assertNoHorizontalScroll();

            // Bram adds an idea from his own device; the board counts both without showing them.
            FacesClient bram = server.logIn(bramEmail);
            String takePart = phone.driver().getCurrentUrl().substring(phone.driver().getCurrentUrl().indexOf("learning/"));
            Page added = bram.submit(bram.get(takePart), "idea", "add", Map.of("text", "Wat moet een student in welke fase kunnen laten zien?"));
            assertTrue(added.contains("Je idee is toegevoegd."), added.body());
            board.waitForText("#idea-count", "2 ideeën van 2 van de 2 deelnemers");
            assertFalse(board.pageText().contains("leerroute op?"), "no idea texts while generating");

            // The facilitator reveals the ideas; Anna's phone follows by itself.
            board.click("#step\\:next");
            board.waitForText("#stage", "Rondje");
            assertTrue(board.pageText().contains("Wat moet een student in welke fase kunnen laten zien?"));
            assertFalse(board.pageText().contains("nbram Tester"), "no names on the board");
            board.assertAccessible();
            phone.waitForText("#stage", "Rondje");
            assertTrue(phone.pageText().contains("Wat moet een student in welke fase kunnen laten zien?"), phone.excerpt());
            phone.assertAccessible();

            board.click("#step\\:next");
            board.waitForText("#stage", "Verhelderen");
            board.assertAccessible();
            board.assertNoHorizontalScroll();
            board.click("#step\\:next");
            board.waitForText("#stage", "Stemmen");

            phone.waitForText("#stage", "Stemmen");
            phone.assertAccessible();
            phone.select("#vote\\:first", first -> first.selectByVisibleText("Hoe stel je samen met de student een leerroute op?"));
            phone.click("#vote\\:submit");
            phone.waitForText("#messages", "Je stem is opgeslagen.");
            board.waitForText("#vote-count", "1 van de 2 deelnemers heeft gestemd.");

            board.click("#step\\:next");
            board.waitForText("#stage", "Uitslag");
            board.assertAccessible();
            board.screenshot("shared-question-result-phone");
            board.type("#record\\:question",
                    "Hoe bepaal je waar een aanstaande leraar staat en hoe stel je een leerroute op?");
            board.select("#record\\:area", area -> area.selectByIndex(4));
            board.click("#record\\:submit");
            board.waitForText("#messages", "De gezamenlijke leervraag is vastgelegd.");
            board.assertAccessible();

            phone.waitForText("#stage", "Vastgelegd");
            assertTrue(phone.pageText().contains("hoe stel je een leerroute op?"), phone.excerpt());
            phone.assertAccessible();
            phone.open("learning/plans.xhtml?cohort=" + cohort);
            phone.waitForHeading("Mijn praktijkplannen");
            assertTrue(phone.find("#plan0\\:question").getAttribute("value").contains("hoe stel je een leerroute op?"),
                    "a new plan is tied to the shared question");
        }
    }
}
