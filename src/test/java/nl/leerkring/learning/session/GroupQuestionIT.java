package nl.leerkring.learning.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
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

/**
 * The shared learning question by the nominal group technique, through the pages: a facilitator
 * and three participants from silent generation to the recorded question, and who may do what.
 */
@OnServer
class GroupQuestionIT {

    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");

    private static final String A = "Feedback geven op de lesvoorbereiding";
    private static final String B = "Feedback op lesvoorbereiding";
    private static final String C = "Samen lessen nabespreken";
    private static final String D = "Ruimte voor eigen fouten";
    private static final String E = "Nabespreken met een kijkwijzer";
    private static final String E_REWORDED = "Nabespreken met de kijkwijzer van de school";
    private static final String QUESTION = "Hoe geven we samen feedback op de lesvoorbereiding van aanstaande leraren?";

    private Server server;
    private TestSupport support;

    private static String id(Page page) {
        Matcher matcher = ID.matcher(page.uri().getQuery() == null ? "" : "?" + page.uri().getQuery());
        assertTrue(matcher.find(), page.toString());
        return matcher.group(1);
    }

    /** The value of the option showing {@code text} in a select on the page. */
    private static String option(Page page, String text) {
        Matcher matcher = Pattern.compile("<option value=\"(\\d+)\"[^>]*>" + Pattern.quote(text) + "</option>")
                .matcher(page.body());
        assertTrue(matcher.find(), "no option '" + text + "' on " + page.body());
        return matcher.group(1);
    }

    private static Page addIdea(FacesClient participant, String sessionId, String text) {
        Page page = participant.submit(participant.get("learning/take-part.xhtml?id=" + sessionId), "idea", "add",
                Map.of("text", text));
        assertTrue(page.contains("Je idee is toegevoegd."), page.body());
        return page;
    }

    private static Page vote(FacesClient participant, String sessionId, String first, String second, String third) {
        Page page = participant.get("learning/take-part.xhtml?id=" + sessionId);
        return participant.submit(page, "vote", "submit", Map.of(
                "first", first == null ? "" : option(page, first),
                "second", second == null ? "" : option(page, second),
                "third", third == null ? "" : option(page, third)));
    }

    private static Page next(FacesClient facilitator, String sessionId, String expectedStage) {
        Page page = facilitator.submit(facilitator.get("learning/session.xhtml?id=" + sessionId), "step", "next", Map.of());
        assertTrue(page.contains(expectedStage), page.body());
        return page;
    }

    /** An ajax postback as PrimeFaces sends it, answering the partial response. */
    private static Page ajax(FacesClient client, Page page, String formId, String source, String event,
            Map<String, String> fields) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("jakarta.faces.partial.ajax", "true");
        data.put("jakarta.faces.source", source);
        data.put("jakarta.faces.partial.execute", source);
        data.put("jakarta.faces.partial.render", "@none");
        if (event != null) {
            data.put("jakarta.faces.behavior.event", event);
            data.put("jakarta.faces.partial.event", event);
        } else {
            data.put(source, source);
        }
        data.put(formId, formId);
        data.putAll(fields);
        data.put("jakarta.faces.ViewState", FacesClient.viewState(page.body(), formId));
        return client.post(page.uri(), data);
    }

    /** The poll of a session page, as the browser sends it every few seconds. */
    private static Page poll(FacesClient client, Page page) {
        Matcher shown = Pattern.compile("name=\"live:shownStage\" value=\"(\\w+)\"").matcher(page.body());
        assertTrue(shown.find(), page.body());
        return ajax(client, page, "live", "live:poll", null, Map.of("live:shownStage", shown.group(1),
                "jakarta.faces.partial.execute", "live:poll live:shownStage", "jakarta.faces.partial.render", "live:counts"));
    }

    @Test
    void threeParticipantsFromSilentGenerationToTheRecordedSharedQuestion() throws Exception {
        String facilitatorEmail = support.person("ngt-fac", "FACILITATOR");
        String[] emails = {support.person("ngt-anna", "PARTICIPANT"), support.person("ngt-bram", "PARTICIPANT"),
                support.person("ngt-cees", "PARTICIPANT")};
        FacesClient facilitator = server.logIn(facilitatorEmail);
        String cohortId = Cohorts.create(facilitator, "Leervraag IT", LocalDate.of(2027, 2, 1), emails);
        FacesClient anna = server.logIn(emails[0]);
        FacesClient bram = server.logIn(emails[1]);
        FacesClient cees = server.logIn(emails[2]);
        FacesClient outsider = server.logIn(support.person("ngt-out", "PARTICIPANT"));

        assertFalse(anna.get("cohort/mine.xhtml").contains("Doe mee met de gezamenlijke leervraag"), "no session yet");
        Page board = facilitator.submit(facilitator.get("cohort/view.xhtml?part=results&id=" + cohortId), "startSession", "start",
                Map.of());
        assertTrue(board.path().endsWith("/learning/session.xhtml"), board.toString());
        assertTrue(board.contains("De sessie is gestart."), board.body());
        assertTrue(board.contains("Stap 1 van 5: Stil ideeën bedenken"));
        String sessionId = id(board);
        Page again = facilitator.submit(facilitator.get("cohort/view.xhtml?part=results&id=" + cohortId), "startSession", "start",
                Map.of());
        assertTrue(again.contains("Er loopt al een sessie voor dit cohort of deze groep."), "one open session at a time");

        Page mine = anna.get("cohort/mine.xhtml");
        assertTrue(mine.contains("Doe mee met de gezamenlijke leervraag"), mine.body());
        assertTrue(mine.contains("learning/take-part.xhtml?id=" + sessionId), mine.body());
        assertEquals(404, outsider.get("learning/take-part.xhtml?id=" + sessionId).status(), "not in the cohort");
        assertEquals(404, anna.get("learning/take-part.xhtml?id=abc").status());
        assertEquals(404, anna.get("learning/take-part.xhtml?id=999999").status());

        // Silent generation: everybody only sees their own ideas; the board only counts.
        addIdea(anna, sessionId, A);
        Page annasOwn = addIdea(anna, sessionId, C);
        addIdea(bram, sessionId, B);
        addIdea(bram, sessionId, D);
        addIdea(cees, sessionId, E);
        Page ceesOwn = addIdea(cees, sessionId, "Weggooi-idee");
        Page deleted = cees.submit(ceesOwn, "own", "ideas:1:delete", Map.of());
        assertTrue(deleted.contains("Je idee is verwijderd."), deleted.body());
        assertFalse(deleted.contains("Weggooi-idee"));
        Page bramsView = bram.get("learning/take-part.xhtml?id=" + sessionId);
        assertTrue(bramsView.contains(B) && bramsView.contains(D), "own ideas are shown");
        assertFalse(bramsView.contains(A) || bramsView.contains(C) || bramsView.contains(E), "others' ideas are not");
        board = facilitator.get("learning/session.xhtml?id=" + sessionId);
        assertTrue(board.contains("5 ideeën van 3 van de 3 deelnemers."), board.body());
        assertFalse(board.contains(A) || board.contains(E), "the facilitator does not see the texts yet");

        // A participant cannot run the session.
        assertEquals(404, anna.get("learning/session.xhtml?id=" + sessionId).status());
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("step", "step");
        forged.put("step:next", "step:next");
        forged.put("jakarta.faces.ViewState", FacesClient.viewState(bramsView.body(), "idea"));
        assertEquals(404, anna.post(anna.uri("learning/session.xhtml?id=" + sessionId), forged).status());
        assertEquals(404, server.logIn(support.person("ngt-other-fac", "FACILITATOR"))
                .get("learning/session.xhtml?id=" + sessionId).status(), "another facilitator's session");

        // Round robin: all ideas, no names.
        next(facilitator, sessionId, "Stap 2 van 5: Rondje: alle ideeën op tafel");
        Page revealed = anna.get("learning/take-part.xhtml?id=" + sessionId);
        for (String idea : new String[] {A, B, C, D, E}) {
            assertTrue(revealed.contains(idea), idea + " in " + revealed.body());
        }
        assertFalse(revealed.contains("Tester"), "no author names");
        assertFalse(facilitator.get("learning/session.xhtml?id=" + sessionId).contains("Tester"));
        Page late = anna.submit(annasOwn, "idea", "add", Map.of("text", "Te laat bedacht"));
        assertFalse(late.contains("Je idee is toegevoegd."), "no ideas after generating");
        assertFalse(facilitator.get("learning/session.xhtml?id=" + sessionId).contains("Te laat bedacht"));

        // Clarifying: merge B into A, reword E.
        Page clarify = next(facilitator, sessionId, "Stap 3 van 5: Verhelderen");
        Page merged = facilitator.submit(clarify, "merge", "submit", Map.of("idea", option(clarify, B), "into",
                option(clarify, A)));
        assertTrue(merged.contains("De ideeën zijn samengevoegd."), merged.body());
        assertTrue(merged.contains("samengevoegd: " + B));
        Page reworded = facilitator.submit(merged, "reword", "submit", Map.of("idea", option(merged, E), "text",
                E_REWORDED));
        assertTrue(reworded.contains("Het idee is opnieuw geformuleerd."), reworded.body());
        assertTrue(reworded.contains(E_REWORDED));

        // Voting.
        next(facilitator, sessionId, "Stap 4 van 5: Stemmen");
        Page ballot = anna.get("learning/take-part.xhtml?id=" + sessionId);
        assertTrue(ballot.contains("1e keuze") && ballot.contains("2e keuze") && ballot.contains("3e keuze"));
        String mergedIdea = option(clarify, B);
        Page forgedVote = anna.submit(ballot, "vote", "submit", Map.of("first", mergedIdea, "second", "", "third", ""));
        assertFalse(forgedVote.contains("Je stem is opgeslagen."), "a merged idea cannot be voted for");
        Page twice = vote(bram, sessionId, A, A, null);
        assertTrue(twice.contains("Kies elk idee maar één keer."), twice.body());
        Page outsiderVote = outsider.post(outsider.uri("learning/take-part.xhtml?id=" + sessionId), Map.of(
                "vote", "vote", "vote:first", option(ballot, A), "vote:submit", "vote:submit",
                "jakarta.faces.ViewState", "forged"));
        assertFalse(outsiderVote.contains("Je stem is opgeslagen."), "an outsider's vote is refused");
        assertTrue(facilitator.get("learning/session.xhtml?id=" + sessionId)
                .contains("0 van de 3 deelnemers hebben gestemd."), "refused votes are not counted");

        assertTrue(vote(anna, sessionId, C, null, null).contains("Je stem is opgeslagen."));
        Page changed = vote(anna, sessionId, A, C, E_REWORDED);
        assertTrue(changed.contains("Je hebt gestemd."), "a vote can be changed: " + changed.body());
        assertTrue(vote(bram, sessionId, A, D, null).contains("Je stem is opgeslagen."));
        assertTrue(vote(cees, sessionId, E_REWORDED, C, A).contains("Je stem is opgeslagen."));
        assertTrue(facilitator.get("learning/session.xhtml?id=" + sessionId)
                .contains("3 van de 3 deelnemers hebben gestemd."));

        // The result: A 3+3+1 = 7, E 1+3 = 4, C 2+2 = 4, D 2. E and C tie and share place 2;
        // equal in voters too, E was shown first (the round robin: Anna's A, Bram's B, Cees's E, Anna's C, ...).
        Page result = next(facilitator, sessionId, "Stap 5 van 5: Uitslag");
        String ranking = result.body().substring(result.body().indexOf("id=\"ranking\""));
        assertTrue(ranking.indexOf(A) < ranking.indexOf(E_REWORDED), ranking);
        assertTrue(ranking.indexOf(E_REWORDED) < ranking.indexOf(C), ranking);
        assertTrue(ranking.indexOf(C) < ranking.indexOf(D), ranking);
        assertTrue(ranking.contains("7 punten (3 keuzes)"), ranking);
        assertTrue(ranking.contains("4 punten (2 keuzes)"));
        assertTrue(ranking.contains("2 punten (1 keuze)"));
        assertEquals(2, ranking.split("<td class=\"rank\">2</td>", -1).length - 1, "two ideas share place 2");
        assertTrue(ranking.contains("<td class=\"rank\">4</td>"), "then place 4");
        assertFalse(ranking.contains(">" + B + "<"), "the merged idea is not ranked");
        assertTrue(result.contains("3 van de 3 deelnemers hebben gestemd."));
        assertTrue(bram.get("learning/take-part.xhtml?id=" + sessionId).contains("7 punten (3 keuzes)"),
                "participants see the result too");

        Page recorded = facilitator.submit(result, "record", "submit", Map.of("question", QUESTION,
                "area", option(result, "Opleidingsdidactische bekwaamheden (poortwachter)")));
        assertTrue(recorded.contains("De gezamenlijke leervraag is vastgelegd."), recorded.body());
        assertTrue(recorded.contains(QUESTION));

        Page annaMine = anna.get("cohort/mine.xhtml");
        assertTrue(annaMine.contains(QUESTION), annaMine.body());
        assertTrue(annaMine.contains("Opleidingsdidactische bekwaamheden (poortwachter)"));
        assertFalse(annaMine.contains("Doe mee met de gezamenlijke leervraag"), "the session is closed");
        assertFalse(annaMine.contains("wordt in de startbijeenkomst vastgesteld"));
        assertTrue(facilitator.get("cohort/view.xhtml?part=results&id=" + cohortId).contains(QUESTION), "listed on the cohort page");
    }

    @Test
    void aCohortWithGroupsHasASessionPerGroupAndThePagesFollowTheSessionLive() throws Exception {
        String[] emails = {support.person("ngt-ga", "PARTICIPANT"), support.person("ngt-gb", "PARTICIPANT")};
        FacesClient facilitator = server.logIn(support.person("ngt-gfac", "FACILITATOR"));
        String cohortId = Cohorts.create(facilitator, "Groepen IT", LocalDate.of(2027, 2, 1), emails);
        for (String name : new String[] {"Groep A", "Groep B"}) {
            Page added = facilitator.submit(facilitator.get("cohort/view.xhtml?part=groups&id=" + cohortId), "groups", "addGroup",
                    Map.of("groupName", name));
            assertTrue(added.contains(name), added.body());
        }
        Page view = facilitator.get("cohort/view.xhtml?part=participants&id=" + cohortId);
        String groupA = option(view, "Groep A");
        String groupB = option(view, "Groep B");
        // The members are listed by name: ngt-ga before ngt-gb.
        assertTrue(ajax(facilitator, view, "members", "members:list:0:group", "valueChange",
                Map.of("members:list:0:group", groupA)).contains("De groepsindeling is opgeslagen."));
        assertTrue(ajax(facilitator, facilitator.get("cohort/view.xhtml?part=participants&id=" + cohortId), "members",
                "members:list:1:group", "valueChange", Map.of("members:list:1:group", groupB)).contains("De groepsindeling is opgeslagen."));

        Page noGroup = facilitator.submit(facilitator.get("cohort/view.xhtml?part=results&id=" + cohortId), "startSession", "start",
                Map.of("group", ""));
        assertTrue(noGroup.path().endsWith("/cohort/view.xhtml"), "a group must be chosen: " + noGroup);
        Page board = facilitator.submit(facilitator.get("cohort/view.xhtml?part=results&id=" + cohortId), "startSession", "start",
                Map.of("group", groupA));
        assertTrue(board.contains("Groep A") && board.contains("Stap 1 van 5"), board.body());
        String sessionId = id(board);

        FacesClient inA = server.logIn(emails[0]);
        FacesClient inB = server.logIn(emails[1]);
        assertTrue(inA.get("cohort/mine.xhtml").contains("learning/take-part.xhtml?id=" + sessionId));
        assertFalse(inB.get("cohort/mine.xhtml").contains("Doe mee met de gezamenlijke leervraag"), "another group");
        assertEquals(404, inB.get("learning/take-part.xhtml?id=" + sessionId).status());

        // The board counts a new idea on its next poll, without a reload.
        assertTrue(poll(facilitator, board).contains("0 ideeën van 0 van de 1 deelnemers."));
        Page taking = addIdea(inA, sessionId, "Leren van elkaars lessen");
        Page counted = poll(facilitator, board);
        assertTrue(counted.contains("1 idee van 1 van de 1 deelnemers."), counted.body());
        assertFalse(counted.contains("<redirect"), "same stage: only the counts change");
        assertFalse(counted.contains("Leren van elkaars lessen"), "never the texts while generating");

        // When the facilitator moves on, the participant's page reloads on its next poll.
        assertFalse(poll(inA, taking).contains("<redirect"));
        next(facilitator, sessionId, "Stap 2 van 5");
        assertTrue(poll(inA, taking).contains("<redirect"), "a new stage reloads the page");
        assertTrue(inA.get("learning/take-part.xhtml?id=" + sessionId).contains("Leren van elkaars lessen"));
    }
}
