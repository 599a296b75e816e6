package nl.leerkring.library.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.LibrarySeeds;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The library's tools on a phone (390 px): a participant fills in the checklist of the eight
 * guidance characteristics, saves it and finds it back; draws a question card and keeps it as a
 * favourite, with the keyboard. Every page passes axe and scrolls only vertically.
 */
@OnServer
class LibraryToolsBrowserIT {

    private static final String CHECKLIST_TITLE = "Checklist individuele begeleiding: acht kenmerken van passende begeleiding";

    private Server server;
    private TestSupport support;

    @Test
    void aParticipantFillsTheEightCharacteristicsChecklistOnAPhoneAndFindsItBack() throws Exception {
        String email = support.person("chk-phone", "PARTICIPANT");
        FacesClient client = server.logIn(email);
        String checklist = LibrarySeeds.itemId(client, "checklist-begeleiding");

        try (Browser browser = server.phone()) {
            browser.logIn(email, TestSupport.PASSWORD);
            browser.open("library/checklist.xhtml?item=" + checklist);
            browser.waitForHeading(CHECKLIST_TITLE);
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            assertEquals(8, browser.findAll("fieldset.checklist-entry").size());
            assertEquals(24, browser.findAll("fieldset.checklist-entry input[type=radio]").size());

            // Entry 1 by keyboard (space chooses the focused radio), entry 8 by touch, and a note.
            browser.type("fieldset.checklist-entry input[type=radio]", 0, Keys.SPACE);
            assertTrue(browser.isSelected("fieldset.checklist-entry input[type=radio]", 0));
            browser.click("fieldset.checklist-entry input[type=radio]", 7 * 3 + 1);
            browser.type("#checklist\\:note", "Na het stagegesprek met Noor");
            browser.click("#checklist\\:save");
            browser.waitForText("#messages", "Je invulling is opgeslagen.");
            browser.waitForText("#shown", "Na het stagegesprek met Noor");
            assertTrue(browser.find("#shown").getText().contains("Ruimte voor verbetering"));
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("library-checklist-saved-phone");

            // Later: the checklist again, the earlier fill listed with its date, opened from there.
            browser.open("library/checklist.xhtml?item=" + checklist);
            browser.waitForHeading(CHECKLIST_TITLE);
            assertEquals(1, browser.findAll("#fills a").size());
            browser.click("#fills a");
            browser.waitForText("#shown", "Na het stagegesprek met Noor");
            assertTrue(browser.find("#shown").getText().contains("Voldoende aandacht"));
        }
    }

    @Test
    void aParticipantDrawsACardAndKeepsItAsAFavouriteWithTheKeyboard() throws Exception {
        String email = support.person("cards-phone", "PARTICIPANT");
        FacesClient client = server.logIn(email);
        String deck = LibrarySeeds.itemId(client, "reflectieve-dialoog");

        try (Browser browser = server.phone()) {
            browser.logIn(email, TestSupport.PASSWORD);
            browser.open("library/cards.xhtml?item=" + deck);
            browser.waitForHeading("Voorbeeldvragen voor reflectieve dialoog");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.type("a[id$='draw']", Keys.ENTER);
            browser.waitForText("#drawn-title", "Getrokken kaart 1");
            String drawn = browser.find("#drawn-card").getText();
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.type("input[id$='drawnFavourite']", Keys.ENTER);
            browser.waitForText("#drawn-title", "Getrokken kaart 1");
            browser.waitForText("a[id$='favourites']", "Mijn favorieten (1)");
            assertEquals(drawn, browser.find("#drawn-card").getText(), "the same card after keeping it");
            browser.type("a[id$='favourites']", Keys.ENTER);
            browser.waitForText("#favourite-cards", drawn);
            browser.assertAccessible();
            browser.screenshot("library-cards-favourites-phone");
        }
    }
}
