package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * Enrolment opens nothing (issue 10, §1), through the pages as two facilitators, a coordinator and
 * participants, with tampered ids: adding an existing account is an invitation the person answers;
 * scans and feedback are shown per cohort; a coordinator sees a cohort in numbers only; nobody's
 * action changes another person's roles.
 */
@OnServer
class ConsentIT {

    private Server server;
    private TestSupport support;

    private String cohortOf(FacesClient facilitator, String name) {
        return Cohorts.create(facilitator, name, LocalDate.now().minusDays(10));
    }

    private Page add(FacesClient facilitator, String cohortId, String email) {
        Page added = facilitator.submit(facilitator.get("cohort/view.xhtml?part=participants&id=" + cohortId), "add", "submit",
                Map.of("pasted", "Wie Dan Ook <" + email + ">"));
        assertTrue(added.contains("deelnemer"), added.body());
        return added;
    }

    private String scanResult(String scanId) {
        return "scan/result.xhtml?id=" + scanId;
    }

    private static String feedbackResult(String personId, String cohortId) {
        return "feedback/result.xhtml?person=" + personId + "&cohort=" + cohortId;
    }

    @Test
    void aFacilitatorWhoAddsSomeoneSeesOnlyWhatThePersonSharesWithTheirCohort() throws Exception {
        FacesClient a = server.logIn(support.person("consent-fac-a", "FACILITATOR"));
        FacesClient b = server.logIn(support.person("consent-fac-b", "FACILITATOR"));
        FacesClient coordinator = server.logIn(support.person("consent-coord", "COORDINATOR"));
        String pieterEmail = support.person("consent-pieter", "PARTICIPANT");
        String pieterId = support.get("people/id?email=" + pieterEmail).trim();
        FacesClient pieter = server.logIn(pieterEmail);

        // Pieter takes part in A's cohort: his scan is taken for it, and he shares his feedback with it.
        String cohortA = Cohorts.running(a, "Cohort van A", pieterEmail);
        String scan = support.post("scan/submitted", Map.of("email", pieterEmail)).trim();
        Page shared = pieter.submit(pieter.get("feedback/mine.xhtml"), "share" + cohortA, "toggle", Map.of());
        assertTrue(shared.contains("De facilitator van Cohort van A kan je feedbackresultaat nu zien."), shared.body());
        assertEquals(200, a.get(scanResult(scan)).status(), "taken for A's cohort");
        assertEquals(200, a.get(feedbackResult(pieterId, cohortA)).status(), "shared with A's cohort");

        // B adds Pieter, an existing account: an invitation, name and status only.
        String cohortB = cohortOf(b, "Cohort van B");
        Page added = add(b, cohortB, pieterEmail);
        assertTrue(added.contains("1 met een bestaand account is uitgenodigd"), added.body());
        assertTrue(added.contains("consent-pieter Tester") && added.contains(">uitgenodigd<"), added.body());
        assertFalse(added.contains(pieterEmail), "no address of an invited person");
        assertFalse(added.contains("scan/result.xhtml?id=" + scan), "no scan of an invited person");
        assertEquals("2", support.get("outbox/count?kind=cohort-invitation&to=" + pieterEmail),
                "an invitation mailed for A's cohort and for B's");
        assertEquals("5", support.get("outbox/count?kind=meeting-invitation&to=" + pieterEmail),
                "calendar invitations for A's meetings still to come (2 to 6) only: none for B's before he accepts");

        // Invited: B sees nothing, whatever ids B puts in the address.
        assertEquals(404, b.get(scanResult(scan)).status(), "invited: no scan");
        assertEquals(404, b.get(feedbackResult(pieterId, cohortB)).status(), "invited: no feedback");
        assertEquals(404, b.get(feedbackResult(pieterId, cohortA)).status(), "A's cohort is not B's");
        assertEquals(404, b.get("feedback/result.xhtml?person=" + pieterId).status(), "only per cohort");
        assertEquals(404, b.get("learning/plans.xhtml?cohort=" + cohortA).status());
        // Nor is Pieter a member anywhere yet.
        assertEquals(404, pieter.get("learning/plans.xhtml?cohort=" + cohortB).status(), "not a member before accepting");
        assertFalse(pieter.get("cohort/mine.xhtml").contains("Cohort van B"));

        // Pieter accepts on his home page. His scan from before joining stays closed, and so does his feedback.
        Page home = pieter.get("dashboard.xhtml");
        assertTrue(home.contains("nodigt je uit voor Cohort van B"), home.body());
        Page accepted = pieter.submit(home, "answer" + cohortB, "accept", Map.of());
        assertTrue(accepted.contains("Je doet nu mee aan Cohort van B."), accepted.body());
        assertTrue(pieter.get("cohort/mine.xhtml").contains("Cohort van B"));
        assertEquals(404, b.get(scanResult(scan)).status(), "accepted: an earlier scan stays closed");
        assertEquals(404, b.get(feedbackResult(pieterId, cohortB)).status(), "accepted: feedback not shared with B");
        assertEquals(404, b.get(feedbackResult(pieterId, cohortA)).status());
        assertTrue(b.get("cohort/view.xhtml?part=participants&id=" + cohortB).contains(pieterEmail), "a member now");
        Page bView = b.get("cohort/view.xhtml?part=results&id=" + cohortB);
        assertFalse(bView.contains("scan/result.xhtml?id=" + scan), "no link to the earlier scan");
        assertFalse(b.submit(bView, "scansExport", "csv", Map.of()).body().contains(";4,00;"), "not in B's export");

        // Pieter brings the scan along to B's cohort and shares his feedback with it: now B sees them.
        Page brought = pieter.submit(pieter.get(scanResult(scan)), "bring" + cohortB, "bring", Map.of());
        assertTrue(brought.contains("De facilitator van dat cohort ziet deze zelfscan nu."), brought.body());
        assertEquals(200, b.get(scanResult(scan)).status(), "brought along");
        pieter.submit(pieter.get("feedback/mine.xhtml"), "share" + cohortB, "toggle", Map.of());
        assertEquals(200, b.get(feedbackResult(pieterId, cohortB)).status(), "shared with B's cohort");
        assertEquals(404, b.get(feedbackResult(pieterId, cohortA)).status(), "still not through A's cohort");
        // ... and can take the scan back; the one taken for A's cohort cannot be taken back from A.
        Page back = pieter.submit(pieter.get(scanResult(scan)), "bring" + cohortB, "takeBack", Map.of());
        assertTrue(back.contains("ziet deze zelfscan niet meer"), back.body());
        assertEquals(404, b.get(scanResult(scan)).status(), "taken back");
        assertFalse(pieter.get(scanResult(scan)).contains("id=\"bring" + cohortA + ":takeBack\""));

        // A still sees everything shared with A's cohort.
        assertEquals(200, a.get(scanResult(scan)).status());
        assertEquals(200, a.get(feedbackResult(pieterId, cohortA)).status());

        // The coordinator sees B's cohort in numbers, with no names or addresses, and no per-person page.
        Page counted = coordinator.get("cohort/view.xhtml?id=" + cohortB);
        assertEquals(200, counted.status());
        assertTrue(counted.contains("Cohort van B") && counted.contains("consent-fac-b Tester"), "cohort and facilitator");
        assertTrue(counted.contains("Deelnemers die meedoen: 1"), counted.body());
        assertFalse(counted.contains("consent-pieter"), "no names");
        assertFalse(counted.contains(pieterEmail), "no addresses");
        assertFalse(counted.contains("scan/result.xhtml") || counted.contains("feedback/result.xhtml"), "no links per person");
        assertFalse(counted.contains("id=\"progress\""), "no progress grid");
        for (String part : List.of("overview", "meetings", "participants", "results", "groups")) {
            Page partPage = coordinator.get("cohort/view.xhtml?part=" + part + "&id=" + cohortB);
            assertEquals(200, partPage.status(), part);
            assertFalse(partPage.contains("consent-pieter") || partPage.contains(pieterEmail), "no participant on " + part);
            assertFalse(partPage.contains("id=\"progress\""), "no progress grid on " + part);
        }
        assertEquals(404, coordinator.get(scanResult(scan)).status());
        assertEquals(404, coordinator.get(feedbackResult(pieterId, cohortB)).status());
        assertEquals(404, coordinator.get("learning/reflections.xhtml?cohort=" + cohortB).status());
        String meeting = Cohorts.meetingIds(b, cohortB).get(0);
        assertEquals(404, coordinator.get("cohort/meeting.xhtml?id=" + meeting).status());
        assertEquals(404, coordinator.get("learning/questions.xhtml?cohort=" + cohortB).status());
        assertEquals(404, coordinator.get("learning/duos.xhtml?cohort=" + cohortB).status());
    }

    @Test
    void aCoordinatorInvitedAsParticipantKeepsTheirRolesUntilTheyAccept() throws Exception {
        FacesClient facilitator = server.logIn(support.person("consent-fac-c", "FACILITATOR"));
        String coordinatorEmail = support.person("consent-coord-invited", "COORDINATOR");
        String cohort = cohortOf(facilitator, "Cohort met coördinator");
        add(facilitator, cohort, coordinatorEmail);

        FacesClient invited = server.logIn(coordinatorEmail);
        assertEquals(404, invited.get("scan/mine.xhtml").status(), "no participant role from someone else's action");
        assertEquals(200, invited.get("account/people.xhtml").status(), "still coordinator");
        Page accepted = invited.submit(invited.get("dashboard.xhtml"), "answer" + cohort, "accept", Map.of());
        assertTrue(accepted.contains("Je doet nu mee aan Cohort met coördinator."), accepted.body());

        // Roles are read from the database on every request: the same session has the new role at once.
        assertEquals(200, invited.get("scan/mine.xhtml").status(), "their own yes gave them the participant role");
        assertEquals(200, invited.get("account/people.xhtml").status(), "and left the coordinator role alone");
        assertTrue(invited.get("cohort/mine.xhtml").contains("Cohort met coördinator"));
    }

    @Test
    void aRevokedRoleEndsAtOnceInARunningSession() throws Exception {
        String facilitatorEmail = support.person("consent-fac-revoked", "FACILITATOR");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        assertEquals(200, facilitator.get("cohort/new.xhtml").status());
        support.post("people/role", Map.of("email", facilitatorEmail, "role", "PARTICIPANT", "granted", "true"));
        support.post("people/role", Map.of("email", facilitatorEmail, "role", "FACILITATOR", "granted", "false"));
        assertEquals(404, facilitator.get("cohort/new.xhtml").status(), "not kept until the next login");
    }

    @Test
    void aDeclinedInvitationLeavesNothingAndOnlyTheInvitedPersonAnswers() throws Exception {
        FacesClient facilitator = server.logIn(support.person("consent-fac-d", "FACILITATOR"));
        String sanneEmail = support.person("consent-sanne", "PARTICIPANT");
        String otherEmail = support.person("consent-other", "PARTICIPANT");
        String cohort = cohortOf(facilitator, "Cohort om af te slaan");
        add(facilitator, cohort, sanneEmail);

        // The answer is the invited person's own: another person's home page has no card for it.
        FacesClient other = server.logIn(otherEmail);
        assertFalse(other.get("dashboard.xhtml").contains("Cohort om af te slaan"), "not their invitation");
        assertTrue(facilitator.get("cohort/view.xhtml?part=participants&id=" + cohort).contains(">uitgenodigd<"), "Sanne's invitation is open");

        FacesClient sanne = server.logIn(sanneEmail);
        Page declined = sanne.submit(sanne.get("dashboard.xhtml"), "answer" + cohort, "decline", Map.of());
        assertTrue(declined.contains("Je hebt de uitnodiging afgeslagen."), declined.body());
        assertFalse(declined.contains("nodigt je uit voor Cohort om af te slaan"), "the card is gone");
        Page view = facilitator.get("cohort/view.xhtml?part=participants&id=" + cohort);
        assertFalse(view.contains("consent-sanne"), "nothing left in the cohort");
        assertFalse(view.contains(">uitgenodigd<"));
        assertEquals(404, sanne.get("learning/plans.xhtml?cohort=" + cohort).status());
        Page again = add(facilitator, cohort, sanneEmail);
        assertTrue(again.contains("0 stonden er al in."), "a declined invitation can be made again: " + again.body());
    }
}
