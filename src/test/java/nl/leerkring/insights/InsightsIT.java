package nl.leerkring.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The coordinator's insights (issue 16 §1): the figures of a small known cohort are right, a figure
 * over four people is hidden and one over five shown, and neither the pages nor the CSV contain a
 * participant's name or e-mail address. Only a coordinator opens them.
 */
@OnServer
class InsightsIT {

    private static final String TOO_FEW = "te weinig om te tonen";


    private Server server;

    private TestSupport support;

    private FacesClient logIn(String email) throws Exception {
        return server.logIn(email);
    }

    private List<String> people(String prefix, int count) {
        List<String> emails = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            emails.add(support.person(prefix + i, "PARTICIPANT"));
        }
        return emails;
    }

    private static String nameOf(String email) {
        return email.substring(0, email.indexOf('-')) + " Tester";
    }

    private void scan(String email, String moment, int value) {
        support.post("insights/scan", Map.of("email", email, "moment", moment, "value", String.valueOf(value)));
    }

    private void attendance(String cohort, String email, String status) {
        support.post("insights/attendance", Map.of("cohort", cohort, "meeting", "1", "email", email, "status", status));
    }

    @Test
    void theFiguresOfFivePeopleAreRightAndThoseOfFourAreHiddenWithoutAnyName() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String facilitatorEmail = support.person("insfac", "FACILITATOR");
        String coordinator = support.person("inscoord", "COORDINATOR");
        FacesClient facilitator = logIn(facilitatorEmail);
        List<String> five = people("insa" + tag, 5);
        List<String> four = people("insb" + tag, 4);
        String cohortFive = Cohorts.running(facilitator, "Inzicht vijf " + tag, five.toArray(String[]::new));
        String cohortFour = Cohorts.running(facilitator, "Inzicht vier " + tag, four.toArray(String[]::new));

        // Five at the start: 3, 3, 4, 4, 5 (mean 3.8); at the end: 5, 5, 5, 6, 6 (mean 5.4); growth 1.6.
        int[] start = {3, 3, 4, 4, 5};
        int[] end = {5, 5, 5, 6, 6};
        for (int i = 0; i < 5; i++) {
            scan(five.get(i), "START", start[i]);
            scan(five.get(i), "END", end[i]);
        }
        // Four present of five at meeting 1; three of five wrote a learning question.
        for (int i = 0; i < 5; i++) {
            attendance(cohortFive, five.get(i), i == 4 ? "ABSENT" : "PRESENT");
        }
        for (int i = 0; i < 3; i++) {
            support.post("insights/question", Map.of("cohort", cohortFive, "email", five.get(i)));
        }
        // The cohort of four: everything filled in, yet every figure counts only four people.
        for (String email : four) {
            scan(email, "START", 2);
            attendance(cohortFour, email, "PRESENT");
            support.post("insights/question", Map.of("cohort", cohortFour, "email", email));
        }

        FacesClient coordinatorClient = logIn(coordinator);
        Page fivePage = coordinatorClient.get("insights/overview.xhtml?scope=cohort-" + cohortFive);
        assertEquals(200, fivePage.status(), fivePage.toString());
        String growth = section(fivePage.body(), "id=\"growth\"", "</table>");
        assertTrue(growth.contains("3,8"), growth);
        assertTrue(growth.contains("5,4"), growth);
        assertTrue(growth.contains("1,6"), growth);
        assertTrue(growth.contains("(5 mensen)"), growth);
        assertFalse(growth.contains(TOO_FEW), "every axis has five people behind it: " + growth);
        String attendance = section(fivePage.body(), "id=\"attendance\"", "</table>");
        assertTrue(attendance.contains("80%") && attendance.contains("(4 van 5)"), attendance);
        assertTrue(section(fivePage.body(), "id=\"work-questions\"", "</tr>").contains("(3 van 5)"), fivePage.body());
        assertTrue(fivePage.contains("id=\"radar\""), "the radar chart beside its table");
        assertTrue(fivePage.contains("id=\"attendance-chart\""), "the bars above their table");

        Page fourPage = coordinatorClient.get("insights/overview.xhtml?scope=cohort-" + cohortFour);
        assertEquals(200, fourPage.status());
        assertTrue(fourPage.contains("id=\"radar-too-few\""), "no radar over four people");
        assertFalse(fourPage.contains("id=\"attendance-chart\""), "no bars over four people");
        String fourGrowth = section(fourPage.body(), "id=\"growth\"", "</table>");
        assertFalse(fourGrowth.contains("2,0"), fourGrowth);
        assertTrue(fourGrowth.contains(TOO_FEW), fourGrowth);
        assertFalse(fourPage.contains("(4 van 4)"), "attendance and questions of four are hidden");
        assertTrue(section(fourPage.body(), "id=\"work-questions\"", "</tr>").contains(TOO_FEW));

        assertEquals(statements(coordinatorClient, "insights/overview.xhtml?scope=cohort-" + cohortFive),
                statements(coordinatorClient, "insights/overview.xhtml?scope=cohort-" + cohortFour),
                "the same statements for a cohort of five as for four");
        int allCohorts = statements(coordinatorClient, "insights/overview.xhtml");
        assertTrue(allCohorts < 40, "a fixed number of statements, not one per cohort: " + allCohorts);

        Page all = coordinatorClient.get("insights/overview.xhtml");
        Page year = coordinatorClient.get("insights/overview.xhtml?scope=year-" + java.time.LocalDate.now().minusDays(10).getYear());
        Page csv = coordinatorClient.submit(fivePage, "export", "csv", Map.of());
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("Zelfscan start;") && csv.body().contains("3,80"), csv.body());
        assertTrue(csv.body().contains("Aanwezigheid;Bijeenkomst 1;80,0%;4;5;5"), csv.body());
        Page fourCsv = coordinatorClient.submit(fourPage, "export", "csv", Map.of());
        assertFalse(fourCsv.body().contains("2,00"), fourCsv.body());

        List<String> participants = new ArrayList<>(five);
        participants.addAll(four);
        for (Page page : List.of(fivePage, fourPage, all, year, csv, fourCsv)) {
            assertEquals(200, page.status(), page.toString());
            assertFalse(page.body().contains("@test.leerkring.nl"), "no e-mail address: " + page.uri());
            assertFalse(page.body().contains("@demo.leerkring.nl"), "no e-mail address: " + page.uri());
            for (String email : participants) {
                assertFalse(page.body().contains(nameOf(email)), nameOf(email) + " on " + page.uri());
            }
        }
    }

    @Test
    void onlyACoordinatorOpensTheInsights() throws Exception {
        String facilitatorEmail = support.person("insfac2", "FACILITATOR");
        String participant = support.person("inspart", "PARTICIPANT");
        String coordinator = support.person("inscoord2", "COORDINATOR");
        assertEquals(404, logIn(facilitatorEmail).get("insights/overview.xhtml").status());
        assertEquals(404, logIn(participant).get("insights/overview.xhtml").status());
        FacesClient coordinatorClient = logIn(coordinator);
        assertEquals(404, coordinatorClient.get("insights/overview.xhtml?scope=cohort-999999999").status());
        assertEquals(404, coordinatorClient.get("insights/overview.xhtml?scope=nonsense").status());
        Page home = coordinatorClient.get("dashboard.xhtml");
        assertTrue(home.contains("insights/overview.xhtml"), "linked from the coordinator's home page");
    }

    /** The statements the page runs, the second time it is opened. */
    private static int statements(FacesClient client, String path) {
        client.get(path);
        assertEquals(200, client.get(path).status());
        return Integer.parseInt(client.get("test-support/sql/last").body().trim());
    }

    private static String section(String html, String from, String to) {
        int start = html.indexOf(from);
        assertTrue(start >= 0, "no " + from + " in " + html);
        int end = html.indexOf(to, start);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
