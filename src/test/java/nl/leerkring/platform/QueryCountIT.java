package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The number of SQL statements a page runs must not grow with the data (no N+1 queries): the same
 * pages of a cohort with two participants and of one with six, each with learning questions, plans,
 * reflections and duos, run the same number of statements; so do a participant's home page with one
 * cohort and with three (each with a sent meeting summary), a participant's home page with the notices
 * of a group of two and of six, a participant's home and cohort pages with a closed shared-question session in one
 * cohort and in three, and the facilitator's list and home page (with the summary warnings) of two cohorts and of four. Counted by {@link SqlCountFilter} on the server.
 */
@OnServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCountIT {

    private Server server;
    private TestSupport support;
    private FacesClient facilitator;
    private String small;
    private String big;
    private final List<String> smallPeople = new ArrayList<>();
    private final List<String> bigPeople = new ArrayList<>();

    /** Once per class (the server is known only in a test): two cohorts with the whole loop filled in. */
    private void arrange() throws Exception {
        if (facilitator != null) {
            return;
        }
        facilitator = server.logIn(support.person("qfac", "FACILITATOR"));
        for (int i = 0; i < 2; i++) {
            smallPeople.add(support.person("qsmall", "PARTICIPANT"));
        }
        for (int i = 0; i < 6; i++) {
            bigPeople.add(support.person("qbig", "PARTICIPANT"));
        }
        small = Cohorts.create(facilitator, "Klein cohort", LocalDate.now().minusDays(40), smallPeople.toArray(String[]::new));
        big = Cohorts.create(facilitator, "Groot cohort", LocalDate.now().minusDays(40), bigPeople.toArray(String[]::new));
        fillTheLoop(small, smallPeople);
        fillTheLoop(big, bigPeople);
        for (String cohort : List.of(small, big)) {
            String firstMeeting = Cohorts.meetingIds(facilitator, cohort).get(0);
            assertTrue(facilitator.submit(facilitator.get("learning/summary.xhtml?meeting=" + firstMeeting), "summary", "send",
                    Map.of()).contains("De samenvatting is verstuurd"), "a sent summary on the participants' pages");
        }
    }

    /** Every participant writes a question, a plan with a report and a group reflection; pairs form duos. */
    private void fillTheLoop(String cohort, List<String> people) throws Exception {
        String firstMeeting = Cohorts.meetingIds(facilitator, cohort).get(0);
        for (String email : people) {
            FacesClient participant = server.logIn(email);
            Page question = participant.get("learning/question.xhtml?cohort=" + cohort);
            String area = Jsoup.parse(question.body()).select("input[type=radio]").first().attr("value");
            assertTrue(participant.submit(question, "question", "save", Map.of("area", area,
                    "text", "Hoe koppel ik de theorie aan de les?")).contains("bewaard"));
            Page planned = participant.submit(participant.get("learning/plans.xhtml?cohort=" + cohort), "plan0", "save",
                    Map.of("text", "Samen een les voorbereiden.", "minutes", "60"));
            assertTrue(planned.contains("is bewaard"), planned.body());
            assertTrue(participant.submit(planned, "report0", "save", Map.of("how", "Goed.", "student", "Meegedacht.",
                    "learned", "Veel.")).contains("bewaard"));
            Page reflected = participant.submit(participant.get("learning/reflect.xhtml?meeting=" + firstMeeting), "reflect", "submit",
                    Map.of("answer1", "De dialoog.", "answer2", "Vragen stellen.", "answer3", "Uitproberen.", "answer4", "Nog niets.",
                            "visibility", "GROUP"));
            assertTrue(reflected.contains("ingediend"), reflected.body());
        }
        for (int i = 0; i + 1 < people.size(); i += 2) {
            facilitator.submit(facilitator.get("learning/duos.xhtml?cohort=" + cohort), "pair", "submit", Map.of(
                    "first", support.get("people/id?email=" + people.get(i)),
                    "second", support.get("people/id?email=" + people.get(i + 1))));
        }
    }

    /** The statements the page runs, the second time it is opened (the first may warm up the server). */
    private static int statements(FacesClient client, String path) {
        client.get(path);
        Page page = client.get(path);
        assertEquals(200, page.status(), page.toString());
        return Integer.parseInt(client.get("test-support/sql/last").body().trim());
    }

    private void sameForBothCohorts(String pageWithCohort) {
        int few = statements(facilitator, pageWithCohort + small);
        int many = statements(facilitator, pageWithCohort + big);
        assertTrue(few > 0, "the counter counts");
        assertEquals(few, many, pageWithCohort + " runs " + few + " statements for 2 participants, " + many + " for 6");
    }

    @Test
    void theFacilitatorsPagesDoNotGrowWithTheNumberOfParticipants() throws Exception {
        arrange();
        for (String part : List.of("overview", "meetings", "participants", "results", "groups")) {
            sameForBothCohorts("cohort/view.xhtml?part=" + part + "&id=");
        }
        sameForBothCohorts("learning/questions.xhtml?cohort=");
        sameForBothCohorts("learning/duos.xhtml?cohort=");
        sameForBothCohorts("learning/reflections.xhtml?cohort=");
        int few = statements(facilitator, "cohort/meeting.xhtml?id=" + Cohorts.meetingIds(facilitator, small).get(1));
        int many = statements(facilitator, "cohort/meeting.xhtml?id=" + Cohorts.meetingIds(facilitator, big).get(1));
        assertEquals(few, many, "the meeting page with the review of the reports");
    }

    @Test
    void aParticipantsPagesDoNotGrowWithTheGroupOrTheNumberOfCohorts() throws Exception {
        arrange();
        FacesClient inSmall = server.logIn(smallPeople.get(0));
        FacesClient inBig = server.logIn(bigPeople.get(0));
        assertEquals(statements(inSmall, "learning/reflections.xhtml?cohort=" + small),
                statements(inBig, "learning/reflections.xhtml?cohort=" + big), "reflections shared in the group");
        assertEquals(statements(inSmall, "learning/plans.xhtml?cohort=" + small),
                statements(inBig, "learning/plans.xhtml?cohort=" + big), "own plans and the duo partner's");

        assertEquals(statements(inSmall, "dashboard.xhtml"), statements(inBig, "dashboard.xhtml"),
                "the notices on the home page: one peer's reflection or five, the duo partner's plan and report");
        int oneCohort = statements(inSmall, "cohort/mine.xhtml");
        int twoCohortsListed = statements(facilitator, "cohort/list.xhtml");
        int twoCohortsDashboard = statements(facilitator, "dashboard.xhtml");
        int oneCohortHome = statements(inBig, "dashboard.xhtml");
        FacesClient coordinator = server.logIn(support.person("qcoord", "COORDINATOR"));
        int coordinatorHome = statements(coordinator, "dashboard.xhtml");
        String twoMore = bigPeople.get(0);
        Cohorts.create(facilitator, "Vervolg 1", LocalDate.now().minusDays(5), twoMore);
        Cohorts.create(facilitator, "Vervolg 2", LocalDate.now().plusDays(20), twoMore);
        assertEquals(oneCohort, statements(inBig, "cohort/mine.xhtml"), "home page with one cohort and with three");
        assertEquals(twoCohortsListed, statements(facilitator, "cohort/list.xhtml"), "the list of two cohorts and of four");
        assertEquals(twoCohortsDashboard, statements(facilitator, "dashboard.xhtml"),
                "the summary warnings on the home page of two cohorts and of four");
        assertEquals(oneCohortHome, statements(inBig, "dashboard.xhtml"), "a participant's home page with one cohort and with three");
        assertEquals(coordinatorHome, statements(coordinator, "dashboard.xhtml"), "the coordinator's home page, two cohorts more");
    }

    @Test
    void aParticipantsHomeWithAClosedSharedSessionPerCohortDoesNotGrowWithTheCohorts() throws Exception {
        arrange();
        String email = support.person("qshared", "PARTICIPANT");
        FacesClient participant = server.logIn(email);
        recordASharedQuestion(participant, Cohorts.create(facilitator, "Gedeelde vraag 1", LocalDate.now().minusDays(30), email));
        int oneHome = statements(participant, "dashboard.xhtml");
        int oneMine = statements(participant, "cohort/mine.xhtml");
        for (int i = 2; i <= 3; i++) {
            recordASharedQuestion(participant, Cohorts.create(facilitator, "Gedeelde vraag " + i, LocalDate.now().minusDays(30), email));
        }
        assertTrue(participant.get("cohort/mine.xhtml").body().split("Hoe leren we van elkaars lessen\\?", -1).length > 3,
                "the three recorded shared questions are shown");
        assertEquals(oneHome, statements(participant, "dashboard.xhtml"),
                "the home page with a closed shared session in one cohort and in three");
        assertEquals(oneMine, statements(participant, "cohort/mine.xhtml"),
                "the cohort page of a participant with a closed shared session in one cohort and in three");
    }

    /** A nominal-group session from start to the recorded question, with the one participant's idea and vote. */
    private void recordASharedQuestion(FacesClient participant, String cohort) {
        Page board = facilitator.submit(facilitator.get("cohort/view.xhtml?part=results&id=" + cohort), "startSession", "start", Map.of());
        assertTrue(board.contains("De sessie is gestart."), board.body());
        String session = board.uri().getQuery().replaceAll(".*\\bid=(\\d+).*", "$1");
        assertTrue(participant.submit(participant.get("learning/take-part.xhtml?id=" + session), "idea", "add",
                Map.of("text", "Elkaars lessen bezoeken")).contains("Je idee is toegevoegd."));
        for (int step = 0; step < 3; step++) {
            facilitator.submit(facilitator.get("learning/session.xhtml?id=" + session), "step", "next", Map.of());
        }
        Page ballot = participant.get("learning/take-part.xhtml?id=" + session);
        String idea = Jsoup.parse(ballot.body()).select("select[id$=first] option[value~=\\d+]").first().attr("value");
        assertTrue(participant.submit(ballot, "vote", "submit", Map.of("first", idea, "second", "", "third", ""))
                .contains("Je stem is opgeslagen."));
        Page result = facilitator.submit(facilitator.get("learning/session.xhtml?id=" + session), "step", "next", Map.of());
        String area = Jsoup.parse(result.body()).select("select[id$=area] option[value~=\\d+]").first().attr("value");
        Page recorded = facilitator.submit(result, "record", "submit", Map.of("question", "Hoe leren we van elkaars lessen?",
                "area", area));
        assertTrue(recorded.contains("De gezamenlijke leervraag is vastgelegd."), recorded.body());
    }

    /** Issue 15: the statements of a page, at most fifteen however much data there is. */
    private static int atMostFifteen(FacesClient client, String path) {
        int count = statements(client, path);
        assertTrue(count <= 15, path + " runs " + count + " statements, more than 15:\n" + lastStatements(client));
        return count;
    }

    /** The SQL of the statements of the client's last page request, one a line, for a failure's message. */
    private static String lastStatements(FacesClient client) {
        return client.get("test-support/sql/last-statements").body();
    }

    /**
     * Issue 15: every page of the load benchmark ({@code src/test/bench/bench.sh}) at most fifteen statements, for a
     * participant in several cohorts with a closed shared-question session each, a submitted and a draft self-scan,
     * and the same count after two cohorts more for that participant and the facilitator, and more library items.
     */
    @Test
    void everyPageOfTheBenchmarkRunsAtMostFifteenStatementsHoweverMuchData() throws Exception {
        arrange();
        String email = support.person("qbench", "PARTICIPANT");
        String other = support.person("qbench", "PARTICIPANT");
        FacesClient participant = server.logIn(email);
        String cohort = Cohorts.create(facilitator, "Bank 1", LocalDate.now().minusDays(30), email, other);
        recordASharedQuestion(participant, cohort);
        recordASharedQuestion(participant, Cohorts.create(facilitator, "Bank 2", LocalDate.now().minusDays(30), email));
        String scan = support.post("scan/submitted", Map.of("email", email));
        // Both members of the first cohort submit a scan, taken for their cohorts: the grid has scans and group means.
        support.post("scan/submitted", Map.of("email", other));
        Page fill = participant.submit(participant.get("scan/mine.xhtml"), "start", "submit", Map.of("moment", "END"));
        String draft = "scan/fill.xhtml?" + fill.uri().getQuery();
        FacesClient coordinator = server.logIn(support.person("qbenchc", "COORDINATOR"));
        String word = "bankproef" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        nl.leerkring.library.LibraryIT.create(facilitator, word + " 0", "PARTNERSHIP", null, null, null);
        Map<String, FacesClient> pages = new java.util.LinkedHashMap<>();
        pages.put("dashboard.xhtml", facilitator);
        pages.put("cohort/list.xhtml", facilitator);
        pages.put("cohort/view.xhtml?part=results&id=" + big, facilitator);
        pages.put("cohort/view.xhtml?part=results&id=" + cohort, facilitator);
        pages.put("cohort/view.xhtml?id=" + cohort, facilitator);
        pages.put("coordinator's cohort/view.xhtml?id=" + cohort, coordinator);
        pages.put("cohort/meeting.xhtml?id=" + Cohorts.meetingIds(facilitator, big).get(1), facilitator);
        pages.put("learning/reflections.xhtml?cohort=" + big, facilitator);
        pages.put("library/index.xhtml?q=" + word, facilitator);
        pages.put("library/index.xhtml?q=reflectie", facilitator);
        pages.put("cohort/mine.xhtml", participant);
        pages.put(draft, participant);
        pages.put("scan/result.xhtml?id=" + scan, participant);
        pages.put("feedback/result.xhtml", participant);
        pages.put("coordinator's dashboard.xhtml", coordinator);
        pages.put("coordinator's cohort/list.xhtml", coordinator);
        pages.put("participant's dashboard.xhtml", participant);
        Map<String, Integer> before = new java.util.LinkedHashMap<>();
        pages.forEach((path, client) -> before.put(path, atMostFifteen(client, path.replaceFirst("^.*'s ", ""))));
        System.out.println("Statements per page: " + before);

        for (int i = 3; i <= 4; i++) {
            recordASharedQuestion(participant, Cohorts.create(facilitator, "Bank " + i, LocalDate.now().minusDays(30), email));
        }
        for (int i = 1; i < 4; i++) {
            nl.leerkring.library.LibraryIT.create(facilitator, word + " " + i, "PARTNERSHIP", null, null, null);
        }
        Map<String, Integer> after = new java.util.LinkedHashMap<>();
        pages.forEach((path, client) -> after.put(path, atMostFifteen(client, path.replaceFirst("^.*'s ", ""))));
        assertEquals(before, after, "the same statements with two cohorts more and more library items");
    }

    @Test
    void theCohortListsArePagedAndDoNotGrowWithTheNumberOfCohorts() throws Exception {
        arrange();
        FacesClient coordinator = server.logIn(support.person("qlist", "COORDINATOR"));
        int all = atMostFifteen(coordinator, "cohort/list.xhtml");
        int searched = atMostFifteen(coordinator, "cohort/list.xhtml?q=groot");
        int mine = atMostFifteen(facilitator, "cohort/list.xhtml");
        for (int i = 0; i < 3; i++) {
            Cohorts.create(facilitator, "Lijstproef " + i, LocalDate.now().plusDays(10), support.person("qlist", "PARTICIPANT"));
        }
        assertEquals(all, statements(coordinator, "cohort/list.xhtml"), "the coordinator's list, three cohorts more");
        assertEquals(searched, statements(coordinator, "cohort/list.xhtml?q=groot"), "a search in the list, three cohorts more");
        assertEquals(mine, statements(facilitator, "cohort/list.xhtml"), "the facilitator's list, three cohorts more");
        assertEquals(all, statements(coordinator, "cohort/list.xhtml?page=2"), "a later page of the list");
    }

    @Test
    void theFacilitatorsReflectionsRunAtMostFifteenStatements() throws Exception {
        arrange();
        atMostFifteen(facilitator, "learning/reflections.xhtml?cohort=" + big);
    }

    @Test
    void theLibraryPageDoesNotGrowWithTheNumberOfItems() throws Exception {
        arrange();
        String word = "telproef" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        for (int i = 0; i < 3; i++) {
            nl.leerkring.library.LibraryIT.create(facilitator, word + " " + i, "PARTNERSHIP", null, null, null);
        }
        int few = statements(facilitator, "library/index.xhtml?q=" + word);
        for (int i = 3; i < 30; i++) {
            nl.leerkring.library.LibraryIT.create(facilitator, word + " " + i, "PARTNERSHIP", null, null, null);
        }
        int many = statements(facilitator, "library/index.xhtml?q=" + word);
        assertEquals(few, many, "the library runs " + few + " statements for 3 items, " + many + " for 30");
    }
}
