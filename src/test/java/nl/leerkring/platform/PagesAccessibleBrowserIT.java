package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.LibrarySeeds;
import nl.leerkring.testsupport.MailCatcher;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * Every page the other browser tests do not reach, on a phone, through axe (WCAG 2.1 AA): the
 * public account pages, the error page, the coordinator's and facilitator's overviews and the
 * library's tools, in Dutch and in English.
 */
@OnServer
class PagesAccessibleBrowserIT {

    private Server server;
    private TestSupport support;

    private static void check(Browser browser, String path, String heading) throws Exception {
        browser.open(path);
        browser.waitForHeading(heading);
        browser.assertAccessible();
        browser.assertNoHorizontalScroll();
    }

    @Test
    void publicPagesAndTheErrorPage() throws Exception {
        try (Browser browser = server.phone()) {
            check(browser, "account/forgot.xhtml", "Wachtwoord vergeten");
            check(browser, "account/password.xhtml?token=not-a-token", "Deze link werkt niet (meer)");
            browser.logIn("wpb2@demo.leerkring.nl", "leerkring-demo");
            check(browser, "does-not-exist.xhtml", "Pagina niet gevonden");
            check(browser, "account/people.xhtml", "Pagina niet gevonden");
        }
    }

    @Test
    void theActivationPageInBothLanguages() throws Exception {
        String email = TestSupport.uniqueEmail("activate");
        String link;
        try (MailCatcher mail = new MailCatcher().start()) {
            support.post("people", Map.of("email", email, "name", "Ada Activate", "role", "PARTICIPANT", "language", "nl"));
            support.drain();
            link = mail.onlyMailTo(email).appLink("account/password.xhtml?token=");
        }
        try (Browser browser = server.phone()) {
            check(browser, link, "Account activeren");
            assertEquals("choose:password", browser.find("label[for='choose:password']").getAttribute("for"),
                    "the label 'Nieuw wachtwoord' names the field");
            browser.click("#session\\:language");
            browser.waitForHeading("Activate your account");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("activation-english-phone");
            browser.click("#session\\:language");
            browser.waitForHeading("Account activeren");
            check(browser, "account/forgot.xhtml", "Wachtwoord vergeten");
        }
    }

    @Test
    void theCoordinatorsAndFacilitatorsOverviews() throws Exception {
        try (Browser browser = server.phone()) {
            browser.logIn("coordinator@demo.leerkring.nl", "leerkring-demo");
            check(browser, "dashboard.xhtml", "Overzicht");
            check(browser, "instrument/edit.xhtml", "Bekwaamhedenkader");
            check(browser, "instrument/edit.xhtml?form=STUDENT_TEACHER", "Bekwaamhedenkader");
            check(browser, "cohort/list.xhtml", "Cohorten");
            browser.clickLink("Werkplekopleiders najaar");
            browser.waitForHeading("Werkplekopleiders najaar");
            browser.assertAccessible();
            browser.screenshot("cohort-coordinator-phone");
            check(browser, "library/index.xhtml", "Bibliotheek");
            check(browser, "library/edit.xhtml", "Materiaal toevoegen");
            check(browser, "insights/overview.xhtml", "Inzichten");
            check(browser, "privacy/requests.xhtml", "Privacyverzoeken");
            check(browser, "account/my-data.xhtml", "Mijn gegevens");
            check(browser, "account/privacy.xhtml", "Privacy: jouw gegevens in Leerkring");
        }
        try (Browser browser = server.phone()) {
            browser.logIn("facilitator@demo.leerkring.nl", "leerkring-demo");
            check(browser, "cohort/list.xhtml", "Cohorten");
            browser.clickLink("Werkplekopleiders najaar");
            browser.waitForHeading("Werkplekopleiders najaar");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.click("#session\\:language");
            browser.waitForHeading("Werkplekopleiders najaar");
            assertEquals("en", browser.find("html").getAttribute("lang"));
            browser.assertAccessible();
            browser.screenshot("cohort-facilitator-english-phone");
            browser.click("#session\\:language");
            browser.waitForText("nav.main-nav", "Overzicht");
            browser.clickLink("Herinneringen en komende mails");
            browser.waitForHeading("Herinneringen");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("rhythm-settings-phone");
            browser.clickLink("Maillog van dit cohort");
            browser.waitForHeading("Maillog van dit cohort");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("rhythm-log-phone");
        }
    }

    @Test
    void theDemoParticipantsLearningLoopInEnglish() throws Exception {
        try (Browser browser = server.phone()) {
            browser.logIn("wpb2@demo.leerkring.nl", "leerkring-demo");
            browser.open("cohort/mine.xhtml");
            browser.waitForHeading("Mijn traject");
            browser.click("#session\\:language");
            browser.waitForHeading("My track");
            assertEquals("en", browser.find("html").getAttribute("lang"));
            browser.assertAccessible();
            browser.clickLink("My learning question");
            browser.waitForHeading("My learning question");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.open("cohort/mine.xhtml");
            browser.clickLink("My practice plans and reports");
            browser.waitForHeading("My practice plans");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.open("cohort/mine.xhtml");
            browser.clickLink("Reflections by me and the group");
            browser.waitForHeading("Reflections");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("reflections-english-phone");
            browser.click("#session\\:language");
            browser.waitForHeading("Reflecties");
        }
    }

    @Test
    void theLibraryToolsInDutchAndEnglish() throws Exception {
        FacesClient client = FacesClient.loggedIn(server.base(), "wpb2@demo.leerkring.nl", "leerkring-demo");
        String checklist = LibrarySeeds.itemId(client, "checklist-samenwerking");
        String deck = LibrarySeeds.itemId(client, "reflectieve-dialoog");
        String checklistTitle = "Checklist professionele samenwerking: zes kenmerken voor effectieve samenwerking";
        try (Browser browser = server.phone()) {
            browser.logIn("wpb2@demo.leerkring.nl", "leerkring-demo");
            check(browser, "library/checklist.xhtml?item=" + checklist, checklistTitle);
            check(browser, "library/cards.xhtml?item=" + deck + "&set=1", "Voorbeeldvragen voor reflectieve dialoog");
            check(browser, "library/cards.xhtml?item=" + deck + "&view=favourites", "Voorbeeldvragen voor reflectieve dialoog");
            browser.click("#session\\:language");
            browser.waitForText("nav.main-nav", "Overview");
            check(browser, "library/checklist.xhtml?item=" + checklist, checklistTitle);
            assertTrue(browser.pageText().contains("The texts of this tool come from Dutch sources"), browser.excerpt());
            check(browser, "library/cards.xhtml?item=" + deck + "&order=7&draw=2", "Voorbeeldvragen voor reflectieve dialoog");
            assertTrue(browser.pageText().contains("Draw another card"), browser.excerpt());
            browser.click("#session\\:language");
            browser.waitForText("nav.main-nav", "Overzicht");
        }
    }

    @Test
    void anInvitationIsAnsweredOnTheHomePage() throws Exception {
        FacesClient facilitator = FacesClient.loggedIn(server.base(), support.person("invite-fac", "FACILITATOR"),
                TestSupport.PASSWORD);
        String participant = support.person("invited", "PARTICIPANT");
        String cohort = Cohorts.create(facilitator, "Cohort met uitnodiging", LocalDate.now().plusDays(20));
        facilitator.submit(facilitator.get("cohort/view.xhtml?part=participants&id=" + cohort), "add", "submit",
                Map.of("pasted", "Ina Invited <" + participant + ">"));
        try (Browser browser = server.phone()) {
            browser.logIn(participant, TestSupport.PASSWORD);
            browser.waitForText("#invitation" + cohort, "Cohort met uitnodiging");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("invitation-phone");
            browser.click("#answer" + cohort + "\\:accept");
            browser.waitForText(".messages", "Je doet nu mee aan Cohort met uitnodiging.");
            browser.assertAccessible();
        }
    }

    @Test
    void theCalendarLinkPageOnAPhone() throws Exception {
        String person = support.person("calendar-link", "PARTICIPANT");
        try (Browser browser = server.phone()) {
            browser.logIn(person, TestSupport.PASSWORD);
            check(browser, "account/calendar.xhtml", "Bijeenkomsten in je agenda");
            browser.click("#feed\\:renew");
            browser.waitForText(".messages", "Je nieuwe agendalink is gemaakt");
            assertTrue(browser.find("#feed\\:link").getAttribute("value").contains("/calendar/"));
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("calendar-link-phone");
            browser.click("#feed\\:revoke");
            browser.waitForText(".messages", "Je agendalink is ingetrokken");
            browser.assertAccessible();
        }
    }
}
