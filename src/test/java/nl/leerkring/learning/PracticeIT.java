package nl.leerkring.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * Phases 1, 3 and 4 through the pages: the own learning question with its history, practice plans with
 * the too-big warning, reports in the next meeting's review, duos, and who may read what.
 */
@OnServer
class PracticeIT {

    private Server server;
    private TestSupport support;

    private static String firstRadioValue(Page page, String name) {
        Document document = Jsoup.parse(page.body());
        return document.select("input[type=radio][name=" + name + "]").first().attr("value");
    }

    @Test
    void aQuestionAPlanAndAReportReachTheFacilitatorAndTheDuoPartnerButNobodyElse() throws Exception {
        String facilitatorEmail = support.person("fac", "FACILITATOR");
        String annaEmail = support.person("anna", "PARTICIPANT");
        String bramEmail = support.person("bram", "PARTICIPANT");
        String outsiderEmail = support.person("outsider", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        String cohort = Cohorts.running(facilitator, "Praktijk IT", annaEmail, bramEmail);
        FacesClient anna = server.logIn(annaEmail);
        FacesClient bram = server.logIn(bramEmail);
        FacesClient outsider = server.logIn(outsiderEmail);

        // Phase 1: Anna writes her question, then sharpens it; both versions stay.
        Page questionPage = anna.get("learning/question.xhtml?cohort=" + cohort);
        assertEquals(200, questionPage.status(), questionPage.toString());
        assertTrue(questionPage.contains("Vul eerst je zelfscan in"), "no scan yet, so no suggestion");
        String area = firstRadioValue(questionPage, "question:area");
        Page saved = anna.submit(questionPage, "question", "save",
                Map.of("area", area, "text", "Hoe bepaal ik waar mijn student staat?"));
        assertTrue(saved.contains("Je leervraag is bewaard."), saved.body());
        java.time.ZonedDateTime before = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Amsterdam"));
        Page revised = anna.submit(anna.get("learning/question.xhtml?cohort=" + cohort), "question", "save",
                Map.of("area", area, "text", "Hoe stel ik met mijn student een leerroute op?"));
        java.time.ZonedDateTime after = java.time.ZonedDateTime.now(java.time.ZoneId.of("Europe/Amsterdam"));
        var clock = java.time.format.DateTimeFormatter.ofPattern("HH:mm");
        assertTrue(revised.contains(before.format(clock)) || revised.contains(after.format(clock)),
                "the history shows the time on the Amsterdam wall clock, not in UTC: " + revised.body());
        assertTrue(revised.contains("de vorige versie staat in de geschiedenis"), revised.body());
        assertTrue(revised.contains("Hoe bepaal ik waar mijn student staat?") && revised.contains("Hoe stel ik met mijn student een leerroute op?"));
        Page tooShort = anna.submit(revised, "question", "save", Map.of("area", area, "text", "Kort"));
        assertTrue(tooShort.contains("Een leervraag is 10 tot 500 tekens lang."), tooShort.body());

        Page questions = facilitator.get("learning/questions.xhtml?cohort=" + cohort);
        assertTrue(questions.contains("Hoe stel ik met mijn student een leerroute op?"), questions.body());
        assertFalse(questions.contains("Hoe bepaal ik waar mijn student staat?"), "only the newest version");
        assertTrue(questions.contains("Nog zonder leervraag") && questions.contains("bram Tester"));

        // Phase 3: a plan that is too big is saved with a warning; phase 4: the report.
        Page plans = anna.get("learning/plans.xhtml?cohort=" + cohort);
        assertTrue(plans.contains("Plan na bijeenkomst 1"), plans.body());
        assertFalse(plans.contains("Plan na bijeenkomst 2"), "meeting 2 has not started");
        assertTrue(plans.contains("Hoe stel ik met mijn student een leerroute op?"), "the question is filled in");
        Page planned = anna.submit(plans, "plan0", "save",
                Map.of("text", "Samen met mijn student het stageplan naast de stagedocumenten leggen.", "minutes", "180"));
        assertTrue(planned.contains("Je plan na bijeenkomst 1 is bewaard."), planned.body());
        assertTrue(planned.contains("dat is meer dan 120"), "the plan is called too big");
        Page reported = anna.submit(planned, "report0", "save", Map.of(
                "how", "Goed gesprek over het stageplan.", "student", "Mijn student koppelde de leeruitkomsten aan lessen.",
                "learned", "Ik mag de leervraag van de student richting geven."));
        assertTrue(reported.contains("Je verslag bij het plan na bijeenkomst 1 is bewaard."), reported.body());
        Page halfReport = anna.submit(reported, "report0", "save", Map.of("how", "Alleen dit", "student", " ", "learned", " "));
        assertTrue(halfReport.contains("Beantwoord alle drie de vragen"), halfReport.body());

        // Before pairing, Bram does not see Anna's plan; the outsider never reaches the cohort's pages.
        assertFalse(bram.get("learning/plans.xhtml?cohort=" + cohort).contains("stageplan naast de stagedocumenten"));
        assertEquals(404, outsider.get("learning/plans.xhtml?cohort=" + cohort).status());
        assertEquals(404, outsider.get("learning/question.xhtml?cohort=" + cohort).status());
        assertEquals(404, anna.get("learning/questions.xhtml?cohort=" + cohort).status(), "a facilitator's page");
        assertEquals(404, anna.get("learning/duos.xhtml?cohort=" + cohort).status());

        // The facilitator pairs Anna and Bram: Bram now reads Anna's plan and report.
        String annaId = support.get("people/id?email=" + annaEmail);
        String bramId = support.get("people/id?email=" + bramEmail);
        Page paired = facilitator.submit(facilitator.get("learning/duos.xhtml?cohort=" + cohort), "pair", "submit",
                Map.of("first", annaId, "second", bramId));
        assertTrue(paired.contains("vormen nu een duo"), paired.body());
        Page bramPlans = bram.get("learning/plans.xhtml?cohort=" + cohort);
        assertTrue(bramPlans.contains("Je duopartner is anna Tester"), bramPlans.body());
        assertTrue(bramPlans.contains("stageplan naast de stagedocumenten")
                && bramPlans.contains("Ik mag de leervraag van de student richting geven."));

        // The review of meeting 2 shows the reports on the plans of meeting 1.
        List<String> meetings = Cohorts.meetingIds(facilitator, cohort);
        Page meeting2 = facilitator.get("cohort/meeting.xhtml?id=" + meetings.get(1));
        assertTrue(meeting2.contains("Na bijeenkomst 1 maakte 1 deelnemer een plan; 1 schreef al een verslag."), meeting2.body());
        assertTrue(meeting2.contains("Mijn student koppelde de leeruitkomsten aan lessen."));

        // The progress grid and the to-do list follow.
        Page view = facilitator.get("cohort/view.xhtml?part=results&id=" + cohort);
        assertTrue(view.contains("1 plan, 1 verslag"), view.body());
        assertTrue(view.contains("nog geen leervraag"), "Bram has none");
        Page bramHome = bram.get("cohort/mine.xhtml");
        assertTrue(bramHome.contains("Schrijf je eigen leervraag") && bramHome.contains("Maak je praktijkplan"), bramHome.body());
        assertFalse(anna.get("cohort/mine.xhtml").contains("Maak je praktijkplan"), "Anna has her plan");
    }

    @Test
    void participantsChooseTheirPartnerOnlyWhenTheFacilitatorLetsThemAndNobodyIsInTwoDuos() throws Exception {
        FacesClient facilitator = server.logIn(support.person("fac", "FACILITATOR"));
        String carlaEmail = support.person("carla", "PARTICIPANT");
        String dirkEmail = support.person("dirk", "PARTICIPANT");
        String evaEmail = support.person("eva", "PARTICIPANT");
        String cohort = Cohorts.running(facilitator, "Duo IT", carlaEmail, dirkEmail, evaEmail);
        FacesClient carla = server.logIn(carlaEmail);
        FacesClient eva = server.logIn(evaEmail);

        Page closed = carla.get("learning/plans.xhtml?cohort=" + cohort);
        assertTrue(closed.contains("De facilitator stelt de duo"), closed.body());
        assertFalse(closed.body().contains("id=\"duo\""), "no form to choose");

        Page opened = facilitator.submit(facilitator.get("learning/duos.xhtml?cohort=" + cohort), "choice", "save",
                Map.of("selfChosen", "true"));
        assertTrue(opened.contains("Deelnemers kunnen nu zelf een duopartner kiezen."), opened.body());

        String dirkId = support.get("people/id?email=" + dirkEmail);
        Page evaPage = eva.get("learning/plans.xhtml?cohort=" + cohort);
        assertTrue(evaPage.contains("dirk Tester</option>"), evaPage.body());
        Page chose = carla.submit(carla.get("learning/plans.xhtml?cohort=" + cohort), "duo", "choose", Map.of("partner", dirkId));
        assertTrue(chose.contains("dirk Tester is nu je duopartner."), chose.body());

        // Eva's page still offers Dirk; choosing him now must not make him part of two duos.
        Page late = eva.submit(evaPage, "duo", "choose", Map.of("partner", dirkId));
        assertFalse(late.contains("is nu je duopartner"), late.body());
        assertTrue(eva.get("learning/plans.xhtml?cohort=" + cohort).contains("Je hebt nog geen duopartner"));

        Page duos = facilitator.get("learning/duos.xhtml?cohort=" + cohort);
        assertTrue(duos.contains("carla Tester &amp; dirk Tester") || duos.contains("dirk Tester &amp; carla Tester"), duos.body());
        assertTrue(duos.contains("Er zijn geen twee deelnemers meer zonder duo."), "only Eva is left");
    }

    @Test
    void aPlanAfterEachMeetingHeldIsSavedOnItsOwn() throws Exception {
        FacesClient facilitator = server.logIn(support.person("fac", "FACILITATOR"));
        String finnEmail = support.person("finn", "PARTICIPANT");
        String cohort = Cohorts.create(facilitator, "Twee gehouden", java.time.LocalDate.now().minusDays(40), finnEmail);
        FacesClient finn = server.logIn(finnEmail);

        Page plans = finn.get("learning/plans.xhtml?cohort=" + cohort);
        assertTrue(plans.contains("Plan na bijeenkomst 2"), plans.body());
        Page second = finn.submit(plans, "plan1", "save", Map.of("text", "Een leerroute opstellen.", "minutes", "45"));
        assertTrue(second.contains("Je plan na bijeenkomst 2 is bewaard."), second.body());
        Page first = finn.submit(second, "plan0", "save", Map.of("text", "Het stageplan bespreken.", "minutes", "30"));
        assertTrue(first.contains("Je plan na bijeenkomst 1 is bewaard."), first.body());
        Page both = finn.get("learning/plans.xhtml?cohort=" + cohort);
        assertTrue(both.contains("Een leerroute opstellen.") && both.contains("Het stageplan bespreken."), both.body());
    }
}
