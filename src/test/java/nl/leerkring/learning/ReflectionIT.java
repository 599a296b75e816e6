package nl.leerkring.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
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
 * Reflections and collegial conversations through their pages: private means private (not the
 * facilitator, not a peer), group-shared is the cohort's and can be answered, a duo's notes are
 * the duo's; everything else answers 404.
 */
@OnServer
class ReflectionIT {

    private static final Pattern ID = Pattern.compile("[?&]id=(\\d+)");
    private static final Pattern REFLECT_LINK = Pattern.compile("learning/reflect\\.xhtml\\?meeting=(\\d+)");
    private static final Pattern READ_LINK = Pattern.compile("learning/reflection\\.xhtml\\?id=(\\d+)");

    private Server server;
    private TestSupport support;

    /** The meeting ids the participant may reflect on, from the links on their cohort page, in order. */
    private static java.util.List<String> reflectLinks(Page mine) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        Matcher matcher = REFLECT_LINK.matcher(mine.body());
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        return ids;
    }

    private static String readLink(Page page) {
        Matcher matcher = READ_LINK.matcher(page.body());
        assertTrue(matcher.find(), page.body());
        return matcher.group(1);
    }

    @Test
    void aPrivateReflectionIsNobodyElsesAGroupReflectionIsReadAndAnsweredByPeers() throws Exception {
        String facilitatorEmail = support.person("fac-refl", "FACILITATOR");
        String p1Email = support.person("wpb-refl-1", "PARTICIPANT");
        String p2Email = support.person("wpb-refl-2", "PARTICIPANT");
        String outsiderEmail = support.person("wpb-refl-out", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        String cohort = Cohorts.create(facilitator, "Reflectie IT", LocalDate.now().minusDays(45), p1Email, p2Email);
        Cohorts.create(facilitator, "Ander cohort IT", LocalDate.now().minusDays(45), outsiderEmail);
        FacesClient p1 = server.logIn(p1Email);
        FacesClient p2 = server.logIn(p2Email);
        FacesClient outsider = server.logIn(outsiderEmail);

        Page mine = p1.get("cohort/mine.xhtml");
        assertTrue(mine.contains("Reflecteer op deze bijeenkomst"), mine.body());
        java.util.List<String> meetings = reflectLinks(mine);
        assertEquals(2, meetings.size(), "meetings 1 and 2 have been held, 3 not yet");

        // A draft first: kept, and nobody else sees it.
        Page reflect = p1.get("learning/reflect.xhtml?meeting=" + meetings.get(0));
        assertTrue(reflect.contains("Welk onderdeel van de bijeenkomst heeft je aan het denken gezet en waarom?"), reflect.body());
        Page draft = p1.submit(reflect, "reflect", "draft", Map.of("answer1", "Geheime gedachte over de dialoog",
                "visibility", "PRIVATE"));
        assertTrue(draft.contains("Je concept is bewaard."), draft.body());
        assertTrue(draft.contains("Geheime gedachte over de dialoog"), "the draft is shown again");
        Page refused = p1.submit(draft, "reflect", "submit", Map.of());
        assertTrue(refused.contains("Beantwoord vraag 2 voordat je je reflectie indient."), refused.body());
        assertTrue(facilitator.get("learning/reflections.xhtml?cohort=" + cohort).contains("reflection-DRAFT\">concept"));

        Page submitted = p1.submit(refused, "reflect", "submit", Map.of("answer2", "Doorvragen", "answer3", "Geprobeerd",
                "answer4", "Het werkte", "visibility", "PRIVATE"));
        assertTrue(submitted.contains("Je reflectie is ingediend."), submitted.body());
        String privateId = readLink(p1.get("learning/reflections.xhtml?cohort=" + cohort));
        assertEquals(200, p1.get("learning/reflection.xhtml?id=" + privateId).status());

        // Not the facilitator, not a peer: 404 on its address and nothing of it on their lists.
        assertEquals(404, facilitator.get("learning/reflection.xhtml?id=" + privateId).status());
        assertEquals(404, p2.get("learning/reflection.xhtml?id=" + privateId).status());
        Page grid = facilitator.get("learning/reflections.xhtml?cohort=" + cohort);
        assertFalse(grid.contains("Geheime gedachte"), grid.body());
        assertTrue(grid.contains("wpb-refl-1 Tester"), "p1 is in the who-reflected grid");
        assertTrue(grid.contains("reflection-SUBMITTED\">ingediend"), "and shows as reflected");
        assertFalse(p2.get("learning/reflections.xhtml?cohort=" + cohort).contains("Geheime gedachte"));

        // Shared with the group: a peer reads and answers it, the facilitator reads it.
        Page group = p1.submit(p1.get("learning/reflect.xhtml?meeting=" + meetings.get(1)), "reflect", "submit", Map.of(
                "answer1", "Het ontwerpen samen", "answer2", "Kleine stappen", "answer3", "Morgen proberen",
                "answer4", "Nog niet", "visibility", "GROUP"));
        assertTrue(group.contains("Je reflectie is ingediend."), group.body());
        Page peerList = p2.get("learning/reflections.xhtml?cohort=" + cohort);
        assertTrue(peerList.contains("Het ontwerpen samen"), peerList.body());
        assertFalse(peerList.contains("Geheime gedachte"));
        String groupId = readLink(peerList);
        Page thread = p2.get("learning/reflection.xhtml?id=" + groupId);
        Page answered = p2.submit(thread, "respond", "send", Map.of("text", "Herkenbaar, dat probeer ik ook!"));
        assertTrue(answered.contains("Je reactie is geplaatst."), answered.body());
        assertTrue(answered.contains("Herkenbaar, dat probeer ik ook!"));
        assertTrue(p1.get("learning/reflections.xhtml?cohort=" + cohort).contains("Herkenbaar, dat probeer ik ook!"),
                "the author sees the thread");
        Page facilitatorRead = facilitator.get("learning/reflection.xhtml?id=" + groupId);
        assertEquals(200, facilitatorRead.status());
        assertTrue(facilitatorRead.contains("Het ontwerpen samen"));

        // Tampered ids and outsiders: 404.
        assertEquals(404, p2.get("learning/reflection.xhtml?id=" + (Long.parseLong(groupId) + 100_000)).status());
        assertEquals(404, p2.get("learning/reflection.xhtml?id=abc").status());
        assertEquals(404, outsider.get("learning/reflection.xhtml?id=" + groupId).status());
        assertEquals(404, outsider.get("learning/reflections.xhtml?cohort=" + cohort).status());
        assertEquals(404, outsider.get("learning/reflect.xhtml?meeting=" + meetings.get(0)).status());
        assertEquals(404, p2.get("learning/reflect.xhtml?meeting=999999").status());
    }

    @Test
    void aDuosConversationIsReadAndChangedByBothPartnersAndNobodyElse() throws Exception {
        String facilitatorEmail = support.person("fac-duo", "FACILITATOR");
        String aEmail = support.person("wpb-duo-a", "PARTICIPANT");
        String bEmail = support.person("wpb-duo-b", "PARTICIPANT");
        String thirdEmail = support.person("wpb-duo-c", "PARTICIPANT");
        FacesClient facilitator = server.logIn(facilitatorEmail);
        String cohort = Cohorts.create(facilitator, "Duo IT", LocalDate.now().minusDays(45), aEmail, bEmail, thirdEmail);
        String duo = support.post("learning/duo", Map.of("cohort", cohort, "a", aEmail, "b", bEmail));
        FacesClient a = server.logIn(aEmail);
        FacesClient b = server.logIn(bEmail);

        Page reflections = a.get("learning/reflections.xhtml?cohort=" + cohort);
        assertTrue(reflections.contains("learning/conversation.xhtml?duo=" + duo), "the way to the duo's conversations");
        Page form = a.get("learning/conversation.xhtml?duo=" + duo);
        assertTrue(form.contains("Welke ontmoeting die je afgelopen week hebt gehad met een student of een andere begeleider, wil je bespreken?"),
                form.body());
        assertTrue(form.contains("Volhoudende houding"), "the eight guidance characteristics are shown");
        Page saved = a.submit(form, "conversation", "save", Map.of("heldOn", LocalDate.now().toString(),
                "steps:1:notes", "Een lastig gesprek met een student", "steps:6:notes", "Vaker doorvragen"));
        assertTrue(saved.contains("Het gesprek is opgeslagen."), saved.body());
        Matcher id = ID.matcher("?" + saved.uri().getQuery().replace("duo=" + duo + "&", ""));
        assertTrue(id.find(), saved.toString());
        String conversation = id.group(1);

        Page partner = b.get("learning/conversation.xhtml?duo=" + duo + "&id=" + conversation);
        assertEquals(200, partner.status());
        assertTrue(partner.contains("Een lastig gesprek met een student"), partner.body());
        Page changed = b.submit(partner, "conversation", "save", Map.of("steps:0:notes", "Komt gelegen"));
        assertTrue(changed.contains("Komt gelegen") && changed.contains("Een lastig gesprek met een student"), changed.body());

        FacesClient third = server.logIn(thirdEmail);
        assertEquals(404, third.get("learning/conversation.xhtml?duo=" + duo).status());
        assertEquals(404, third.get("learning/conversation.xhtml?duo=" + duo + "&id=" + conversation).status());
        assertEquals(404, facilitator.get("learning/conversation.xhtml?duo=" + duo + "&id=" + conversation).status());
        assertEquals(404, a.get("learning/conversation.xhtml?duo=" + duo + "&id=" + (Long.parseLong(conversation) + 100_000)).status());
    }
}
