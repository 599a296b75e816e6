package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/** Cohorts through their pages: creating, inviting, the planning rules, and who may see what. */
@OnServer
class CohortIT {

    private static final Pattern COHORT_ID = Pattern.compile("[?&]id=(\\d+)");

    private Server server;
    private TestSupport support;

    /** Creates a cohort through the page and answers its id. */
    private String createCohort(FacesClient facilitator, String name) {
        Page created = facilitator.submit(facilitator.get("cohort/new.xhtml"), "cohort", "submit", Map.of(
                "name", name, "partnership", "Opleidingsschool Zutphen", "startDate", "2027-01-11"));
        assertTrue(created.contains("is aangemaakt"), created.body());
        Matcher matcher = COHORT_ID.matcher(created.uri().getQuery() == null ? "" : "?" + created.uri().getQuery());
        assertTrue(matcher.find(), created.toString());
        return matcher.group(1);
    }

    @Test
    void aFacilitatorCreatesACohortNewParticipantsGetAnActivationMailExistingOnesANote() throws Exception {
        FacesClient facilitator = server.logIn(support.person("fac", "FACILITATOR"));
        String existing = support.person("wpb-existing", "PARTICIPANT");
        String fresh = TestSupport.uniqueEmail("wpb-new");
        String id = createCohort(facilitator, "Cohort IT");

        Page view = facilitator.get("cohort/view.xhtml?part=participants&id=" + id);
        assertEquals("Cohort IT", view.heading());
        assertTrue(facilitator.get("cohort/view.xhtml?id=" + id).contains("Startbijeenkomst"), "the overview's next meeting");
        Page added = facilitator.submit(view, "add", "submit", Map.of("pasted",
                "Nina Nieuw <" + fresh + ">\nregel zonder adres\nErik Bestaand <" + existing + ">"));

        assertTrue(added.contains("2 deelnemers toegevoegd: 1 met een nieuw account doet meteen mee, 1 met een bestaand "
                + "account is uitgenodigd en doet mee zodra ze aannemen."), added.body());
        assertTrue(added.contains("regel zonder adres"), "the bad line is reported");
        assertTrue(added.contains(fresh), "a new account takes part at once");
        assertTrue(added.contains("wpb-existing Tester") && added.contains(">uitgenodigd<"),
                "an existing account is invited: its name and status");
        assertFalse(added.contains(existing), "no address of an invited person");
        assertEquals("1", support.get("outbox/count?kind=activation&to=" + fresh), "an activation mail for the new participant");
        assertEquals("6", support.get("outbox/count?kind=meeting-invitation&to=" + fresh),
                "a member at once, so the calendar invitations of the six meetings to come");
        assertEquals("7", support.get("outbox/count?to=" + fresh), "nothing else");
        assertEquals("1", support.get("outbox/count?to=" + existing),
                "a note for an existing account, no activation, and no meeting invitations before accepting");

        Page again = facilitator.submit(facilitator.get("cohort/view.xhtml?part=participants&id=" + id), "add", "submit",
                Map.of("pasted", "Nina Nieuw <" + fresh + ">\nErik Bestaand <" + existing + ">"));
        assertTrue(again.contains("2 stonden er al in."), again.body());
        assertEquals("7", support.get("outbox/count?to=" + fresh), "added again: nothing new");
        assertEquals("1", support.get("outbox/count?to=" + existing), "added again: no second note");
    }

    @Test
    void breakingTheMonthRuleNeedsAReasonWhichIsKeptAndOutOfOrderIsRefused() throws Exception {
        FacesClient facilitator = server.logIn(support.person("planner", "FACILITATOR"));
        String id = createCohort(facilitator, "Planning IT");
        Page schedule = facilitator.get("cohort/schedule.xhtml?id=" + id);
        assertEquals("Bijeenkomsten plannen", schedule.heading());

        Page refused = facilitator.submit(schedule, "schedule", "save", Map.of("rows:3:date", "2027-04-20"));
        assertTrue(refused.contains("Tussen bijeenkomst 4 en de bijeenkomst ervoor zit meer dan een maand."), refused.body());
        assertTrue(refused.contains("schrijf op waarom je bewust afwijkt"));
        assertFalse(facilitator.get("cohort/view.xhtml?part=meetings&id=" + id).contains("20 apr. 2027"), "nothing saved");

        Page saved = facilitator.submit(refused, "schedule", "save",
                Map.of("rows:3:date", "2027-04-20", "reason", "Meivakantie: de school is dicht."));
        assertTrue(saved.path().endsWith("/cohort/view.xhtml"), saved.toString());
        assertTrue(saved.contains("de afwijking en je reden zijn vastgelegd"), saved.body());
        assertTrue(saved.contains("Meivakantie: de school is dicht."), "the override is shown with its reason");
        assertTrue(saved.contains("Meer dan een maand voor bijeenkomst 4"));
        assertTrue(saved.contains("20 apr. 2027"), "the new date is saved");

        Page outOfOrder = facilitator.submit(facilitator.get("cohort/schedule.xhtml?id=" + id), "schedule", "save",
                Map.of("rows:2:date", "2027-01-01", "reason", "Toch maar eerder."));
        assertTrue(outOfOrder.contains("Bijeenkomst 3 ligt niet na de bijeenkomst ervoor."), outOfOrder.body());
        assertEquals("Bijeenkomsten plannen", outOfOrder.heading(), "refused, still on the planning page");
    }

    @Test
    void facilitatorBCannotReadOrChangeTheCohortOfFacilitatorA() throws Exception {
        FacesClient a = server.logIn(support.person("fac-a", "FACILITATOR"));
        FacesClient b = server.logIn(support.person("fac-b", "FACILITATOR"));
        String cohortA = createCohort(a, "Cohort van A");
        String cohortB = createCohort(b, "Cohort van B");

        assertEquals(404, b.get("cohort/view.xhtml?id=" + cohortA).status());
        assertEquals(404, b.get("cohort/schedule.xhtml?id=" + cohortA).status());
        assertEquals(404, b.get("cohort/view.xhtml?id=999999").status());
        assertEquals(404, b.get("cohort/view.xhtml?id=abc").status());
        assertFalse(b.get("cohort/list.xhtml").contains("Cohort van A"));

        // B takes the form of B's own planning page and sends it to A's cohort.
        Page own = b.get("cohort/schedule.xhtml?id=" + cohortB);
        Map<String, String> forged = new java.util.LinkedHashMap<>();
        forged.put("schedule", "schedule");
        forged.put("schedule:rows:0:date", "2027-01-12");
        forged.put("schedule:rows:0:time", "10:00");
        forged.put("schedule:save", "schedule:save");
        forged.put("jakarta.faces.ViewState", FacesClient.viewState(own.body(), "schedule"));
        Page answer = b.post(b.uri("cohort/schedule.xhtml?id=" + cohortA), forged);
        assertEquals(404, answer.status());
        assertTrue(a.get("cohort/view.xhtml?part=meetings&id=" + cohortA).contains("ma 11 jan. 2027, 14:00"), "A's plan is unchanged");

        String participant = support.person("wpb-other", "PARTICIPANT");
        FacesClient p = server.logIn(participant);
        assertEquals(404, p.get("cohort/view.xhtml?id=" + cohortA).status());
        assertTrue(p.get("cohort/mine.xhtml").contains("Je bent nog niet aan een cohort toegevoegd."));

        FacesClient coordinator = server.logIn(support.person("coord", "COORDINATOR"));
        assertEquals(200, coordinator.get("cohort/view.xhtml?id=" + cohortA).status());
        assertEquals(404, coordinator.get("cohort/schedule.xhtml?id=" + cohortA).status(), "the coordinator only looks");
    }

    @Test
    void attendanceShowsInTheGridAndAFollowUpCohortKeepsTheParticipants() throws Exception {
        FacesClient facilitator = server.logIn(support.person("fac-att", "FACILITATOR"));
        String participant = support.person("wpb-att", "PARTICIPANT");
        // Started ten days ago: attendance is noted only for a meeting that has begun.
        String id = Cohorts.running(facilitator, "Aanwezigheid IT");
        facilitator.submit(facilitator.get("cohort/view.xhtml?part=participants&id=" + id), "add", "submit",
                Map.of("pasted", "Ada Afwezig <" + participant + ">"));
        Cohorts.accept(support, id, participant);

        Page view = facilitator.get("cohort/view.xhtml?part=meetings&id=" + id);
        Matcher meeting = Pattern.compile("cohort/meeting\\.xhtml\\?id=(\\d+)").matcher(view.body());
        assertTrue(meeting.find(), view.body());
        Page meetingPage = facilitator.get("cohort/meeting.xhtml?id=" + meeting.group(1));
        Page saved = facilitator.submit(meetingPage, "attendance", "save",
                Map.of("rows:0:status", "ABSENT", "rows:0:reason", "Ziek"));
        assertTrue(saved.contains("De aanwezigheid is opgeslagen."), saved.body());
        Page grid = facilitator.get("cohort/view.xhtml?part=results&id=" + id);
        assertTrue(grid.contains("0 aanwezig, 0 te laat, 1 afwezig"), grid.body());
        assertTrue(grid.contains("Heeft een bijeenkomst gemist."));

        Page followUp = facilitator.submit(facilitator.get("cohort/view.xhtml?part=groups&id=" + id), "followUp", "startFollowUp",
                Map.of("name", "Aanwezigheid IT, cyclus 2", "start", "2027-09-06"));
        assertEquals("Aanwezigheid IT, cyclus 2", followUp.heading(), followUp.body());
        assertTrue(followUp.contains("vervolg op"));
        assertTrue(followUp.contains(participant), "the participants come along");
        assertEquals("1", support.get("outbox/count?kind=cohort-follow-up&to=" + participant), "told they were carried over");

        Page mine = server.logIn(participant).get("cohort/mine.xhtml");
        assertTrue(mine.contains("Aanwezigheid IT, cyclus 2") && mine.contains("Aanwezigheid IT"), mine + mine.body());
    }
}
