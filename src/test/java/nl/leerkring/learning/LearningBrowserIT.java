package nl.leerkring.learning;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Browser;
import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The learning loop on a phone: a participant writes a learning question, a practice plan, its report
 * and a reflection shared with the group; a second participant answers the reflection and reads the
 * duo partner's report; the facilitator reads the questions and reviews the reports. Every page passes axe.
 */
@OnServer
class LearningBrowserIT {

    private Server server;
    private TestSupport support;

    @Test
    void aParticipantWritesAQuestionAPlanAReportAndASharedReflectionThatAPeerAnswers() throws Exception {
        String facilitatorEmail = support.person("lfac", "FACILITATOR");
        String annaEmail = support.person("lanna", "PARTICIPANT");
        String bramEmail = support.person("lbram", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        String cohort = Cohorts.running(facilitator, "Leerlus", annaEmail, bramEmail);
        facilitator.submit(facilitator.get("learning/duos.xhtml?cohort=" + cohort), "pair", "submit", Map.of(
                "first", support.get("people/id?email=" + annaEmail), "second", support.get("people/id?email=" + bramEmail)));

        try (Browser browser = server.phone()) {
            browser.logIn(annaEmail, TestSupport.PASSWORD);
            browser.open("cohort/mine.xhtml");
            browser.clickLink("Mijn leervraag");
            browser.waitForHeading("Mijn leervraag");
            browser.assertAccessible();
            browser.click("input[type=radio]", 3);
            browser.type("#question\\:text", "Hoe help ik mijn student theorie aan de eigen lessen te koppelen?");
            browser.click("#question\\:save");
            browser.waitForText("#messages", "Je leervraag is bewaard.");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();

            browser.open("learning/plans.xhtml?cohort=" + cohort);
            browser.waitForHeading("Mijn praktijkplannen");
            browser.type("#plan0\\:text", "Beiden dezelfde les voorbereiden en vergelijken.");
            browser.type("#plan0\\:minutes", "60");
            browser.click("#plan0\\:save");
            browser.waitForText("#messages", "Je plan na bijeenkomst 1 is bewaard.");
            browser.type("#report0\\:how", "De student zag de verschillen zelf.");
            browser.type("#report0\\:student", "Bereidde de les voor met de opleidingstheorie erbij.");
            browser.type("#report0\\:learned", "Vergelijken werkt beter dan voordoen.");
            browser.click("#report0\\:save");
            browser.waitForText("#messages", "Je verslag bij het plan na bijeenkomst 1 is bewaard.");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("practice-plan-phone");

            // Anna reflects on the start meeting and shares it with the group.
            browser.open("cohort/mine.xhtml");
            browser.clickLink("Reflecteer op deze bijeenkomst: Startbijeenkomst");
            browser.waitForHeading("Reflecteren op de bijeenkomst");
            browser.assertAccessible();
            browser.type("#reflect\\:answer1", "De kwadrantenopdracht: ik gebruik meer didactiek dan ik dacht.");
            browser.type("#reflect\\:answer2", "Hoe ik leeruitkomsten concreet maak.");
            browser.type("#reflect\\:answer3", "Ik bespreek het stageplan nu samen met mijn student.");
            browser.type("#reflect\\:answer4", "Mijn student neemt meer zelf de regie.");
            browser.click("input[type=radio][value=GROUP]");
            browser.click("#reflect\\:submit");
            browser.waitForText("#messages", "Je reflectie is ingediend.");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.click("#session\\:logout");
            browser.waitForHeading("Inloggen");

            // Bram, in the same cohort, reads it and answers.
            browser.logIn(bramEmail, TestSupport.PASSWORD);
            browser.open("learning/reflections.xhtml?cohort=" + cohort);
            browser.waitForHeading("Reflecties");
            assertTrue(browser.pageText().contains("ik gebruik meer didactiek dan ik dacht"), browser.excerpt());
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.clickLink("Lezen en reageren");
            browser.waitForHeading("Reflectie");
            browser.type("#respond\\:text", "Herkenbaar! Hoe heb je het stageplan aangepakt?");
            browser.click("#respond\\:send");
            browser.waitForText("#messages", "Je reactie is geplaatst.");
            assertTrue(browser.pageText().contains("Hoe heb je het stageplan aangepakt?"), browser.excerpt());
            browser.assertAccessible();
            browser.screenshot("reflection-thread-phone");
            browser.open("learning/plans.xhtml?cohort=" + cohort);
            browser.waitForHeading("Mijn praktijkplannen");
            assertTrue(browser.pageText().contains("Vergelijken werkt beter dan voordoen."), "Bram reads his duo partner's report");

            // Bram and Anna hold a collegial feedback conversation; Bram notes it along the seed's guide.
            browser.click("#conversations");
            browser.waitForHeading("Collegiaal feedbackgesprek");
            browser.assertAccessible();
            browser.click("#conversation input[type=radio]", 0);
            browser.setValue("#conversation\\:heldOn", java.time.LocalDate.now().toString());
            browser.type("#conversation\\:steps\\:1\\:notes", "Het gesprek over het stageplan met mijn student.");
            browser.click("#conversation\\:save");
            browser.waitForText("#messages", "Het gesprek is opgeslagen.");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.click("#session\\:logout");
            browser.waitForHeading("Inloggen");

            // Anna finds Bram's answer on her home page, on a phone, and marks it seen.
            browser.logIn(annaEmail, TestSupport.PASSWORD);
            browser.open("dashboard.xhtml");
            browser.waitForText("#notices", "reageerde op je reflectie op bijeenkomst 1");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("notices-phone");
            browser.click("#seen\\:seen");
            browser.waitForText("#messages", "Alles tot nu toe staat op gezien.");
            browser.waitForText("#notices", "Niets nieuws sinds je laatste bezoek.");
            browser.assertAccessible();
            browser.click("#session\\:logout");
            browser.waitForHeading("Inloggen");

            browser.logIn(facilitatorEmail, TestSupport.PASSWORD);
            browser.open("learning/questions.xhtml?cohort=" + cohort);
            browser.waitForHeading("Leervragen van de deelnemers");
            assertTrue(browser.pageText().contains("theorie aan de eigen lessen"), browser.excerpt());
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.screenshot("learning-questions-phone");
            browser.open("learning/duos.xhtml?cohort=" + cohort);
            browser.waitForHeading("Duo’s");
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            List<String> meetings = Cohorts.meetingIds(facilitator, cohort);
            browser.open("cohort/meeting.xhtml?id=" + meetings.get(1));
            browser.waitForText("#review-title", "Terugblik");
            assertTrue(browser.pageText().contains("Vergelijken werkt beter dan voordoen."), browser.excerpt());
            browser.assertAccessible();
            browser.assertNoHorizontalScroll();
            browser.open("cohort/view.xhtml?part=results&id=" + cohort);
            browser.waitForText("#progress", "1 plan, 1 verslag");
            assertTrue(browser.pageText().contains("1 ingediend"), "Anna's reflection is counted");
            browser.assertAccessible();
        }
    }
}
