package nl.leerkring.library.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.Cohorts;
import nl.leerkring.testsupport.FacesClient;
import nl.leerkring.testsupport.LibrarySeeds;
import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Page;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The library's interactive tools through their pages: a checklist filled in is found back by
 * its author and nobody else; a favourite card marked by posts that arrive at once is kept once;
 * ids that are not the person's, or not this tool's, answer 404.
 */
@OnServer
class LibraryToolsIT {

    private static final Pattern FILL = Pattern.compile("fill=(\\d+)");
    private static final String CARD = "Wie ervaart dit probleem?";

    private Server server;
    private TestSupport support;

    private static String seededItem(FacesClient client, String seedKey) {
        return LibrarySeeds.itemId(client, seedKey);
    }

    private static String fillOf(Page page) {
        Matcher matcher = FILL.matcher(page.uri().getQuery());
        assertTrue(matcher.find(), page.toString());
        return matcher.group(1);
    }

    private static int occurrences(String body, String text) {
        return body.split(Pattern.quote(text), -1).length - 1;
    }

    @Test
    void aFilledChecklistIsFoundBackByItsAuthorOnly() throws Exception {
        FacesClient author = server.logIn(support.person("chk-author", "PARTICIPANT"));
        FacesClient other = server.logIn(support.person("chk-other", "PARTICIPANT"));
        String checklist = seededItem(author, "checklist-begeleiding");
        String page = "library/checklist.xhtml?item=" + checklist;

        Page empty = author.get(page);
        assertEquals(200, empty.status());
        assertEquals(8, occurrences(empty.body(), "<legend lang=\"nl\">"), "one fieldset per characteristic");
        assertTrue(empty.contains("8. Volhouden en vasthouden aan doelen"), empty.body());
        assertTrue(empty.contains("Entree-studenten begeleiden vergt uithoudingsvermogen."), "the explanation of Bijlage 3");
        assertTrue(empty.contains("Je hebt deze checklist nog niet ingevuld."));

        Page refused = author.submit(empty, "checklist", "save", Map.of());
        assertTrue(refused.contains("Kies bij minstens één kenmerk een antwoord of schrijf een notitie"), refused.body());

        Page first = author.submit(author.get(page), "checklist", "save", Map.of("entries:0:judgement", "SUFFICIENT",
                "entries:7:judgement", "IMPROVE", "note", "Na het gesprek met Sam"));
        assertTrue(first.contains("Je invulling is opgeslagen."), first.body());
        assertTrue(first.contains("Na het gesprek met Sam"));
        assertTrue(first.contains("Ruimte voor verbetering: 1") && first.contains("Voldoende aandacht: 1"), first.body());
        String firstFill = fillOf(first);

        Page second = author.submit(author.get(page), "checklist", "save", Map.of("entries:7:judgement", "SUFFICIENT",
                "entries:3:judgement", "NOT_APPLICABLE"));
        String secondFill = fillOf(second);
        Page listed = author.get(page);
        assertTrue(listed.contains("fill=" + firstFill) && listed.contains("fill=" + secondFill), "both fills are listed");
        Page compared = author.get(page + "&fill=" + secondFill + "&compare=" + firstFill);
        assertEquals(200, compared.status());
        assertTrue(compared.contains("Na het gesprek met Sam") && compared.contains("Niet van toepassing"), compared.body());

        // Private: another person sees an empty checklist, and the author's fills answer 404.
        Page othersView = other.get(page);
        assertEquals(200, othersView.status());
        assertTrue(othersView.contains("Je hebt deze checklist nog niet ingevuld."));
        assertFalse(othersView.contains("Na het gesprek met Sam"));
        assertEquals(404, other.get(page + "&fill=" + firstFill).status());
        assertEquals(404, author.get(page + "&fill=" + secondFill + "&compare=" + (Long.parseLong(firstFill) + 100_000)).status());
        assertEquals(404, author.get(page + "&compare=" + firstFill).status());

        // Tampered ids: another checklist, an item with another tool, none at all.
        String collaboration = seededItem(author, "checklist-samenwerking");
        assertEquals(200, author.get("library/checklist.xhtml?item=" + collaboration).status());
        assertEquals(404, author.get("library/checklist.xhtml?item=" + collaboration + "&fill=" + firstFill).status());
        assertEquals(404, author.get("library/checklist.xhtml?item=" + seededItem(author, "reflectieve-dialoog")).status());
        assertEquals(404, author.get("library/checklist.xhtml?item=" + seededItem(author, "werkvorm-kalibreren-leeruitkomsten")).status());
        assertEquals(404, author.get("library/checklist.xhtml?item=99999999").status());
        assertEquals(404, author.get("library/checklist.xhtml?item=abc").status());
        assertEquals(404, author.get("library/checklist.xhtml").status());
        assertEquals(404, author.get("library/seed.xhtml?key=no-such-seed").status());
    }

    @Test
    void aFavouriteCardMarkedByPostsAtOnceIsKeptOnce() throws Exception {
        String email = support.person("cards-fav", "PARTICIPANT");
        FacesClient phone = server.logIn(email);
        FacesClient laptop = server.logIn(email);
        FacesClient other = server.logIn(support.person("cards-other", "PARTICIPANT"));
        String deck = seededItem(phone, "reflectieve-dialoog");
        String page = "library/cards.xhtml?item=" + deck;

        Page cards = phone.get(page);
        assertEquals(200, cards.status());
        assertEquals(15, occurrences(cards.body(), "class=\"question-card-text\""), "the five sets' fifteen cards");
        assertTrue(cards.contains(CARD) && cards.contains("Mijn favorieten (0)"), cards.body());
        Page onLaptop = laptop.get(page);

        // The same favourite, twice from one session and once from another, all at once.
        String button = "cardList:1:favourite";
        List<Callable<Page>> posts = List.of(
                () -> phone.submit(cards, "cards", button, Map.of()),
                () -> phone.submit(cards, "cards", button, Map.of()),
                () -> laptop.submit(onLaptop, "cards", button, Map.of()));
        ExecutorService pool = Executors.newFixedThreadPool(posts.size());
        try {
            for (Future<Page> answer : pool.invokeAll(posts)) {
                assertEquals(200, answer.get().status(), answer.get().body());
            }
        } finally {
            pool.shutdownNow();
        }
        Page favourites = phone.get(page + "&view=favourites");
        assertTrue(favourites.contains("Mijn favorieten (1)"), favourites.body());
        assertEquals(1, occurrences(favourites.body(), CARD), favourites.body());
        assertTrue(other.get(page + "&view=favourites").contains("Je hebt nog geen favoriete kaarten."));

        Page removed = phone.submit(favourites, "cards", "favouriteList:0:favouriteRemove", Map.of());
        assertTrue(removed.contains("Mijn favorieten (0)"), removed.body());
        assertTrue(removed.uri().getQuery().contains("view=favourites"), "back where the person was");

        // Shuffled and drawn: the same fifteen cards, one at a time.
        Page shuffled = phone.get(page + "&order=42");
        assertEquals(15, occurrences(shuffled.body(), "class=\"question-card-text\""));
        assertTrue(shuffled.contains("Geschudde kaarten"));
        Page drawn = phone.get(page + "&order=42&draw=16");
        assertTrue(drawn.contains("Getrokken kaart 16") && drawn.contains("draw=17"), drawn.body());
        assertEquals(1, occurrences(drawn.body(), "class=\"question-card-text\""));
        Page oneSet = phone.get(page + "&set=5");
        assertEquals(3, occurrences(oneSet.body(), "class=\"question-card-text\""), "Conclusies en aanbevelingen");

        assertEquals(404, phone.get(page + "&draw=0&order=1").status());
        assertEquals(404, phone.get(page + "&set=9").status());
        assertEquals(404, phone.get(page + "&view=everything").status());
        assertEquals(404, phone.get("library/cards.xhtml?item=" + seededItem(phone, "checklist-begeleiding")).status());
        assertEquals(404, phone.get("library/cards.xhtml?item=99999999").status());
    }

    @Test
    void theDuosConversationPageLeadsToTheGuideInTheLibrary() throws Exception {
        String facilitatorEmail = support.person("guide-fac", "FACILITATOR");
        String aEmail = support.person("guide-a", "PARTICIPANT");
        String bEmail = support.person("guide-b", "PARTICIPANT");
        String cohort = Cohorts.create(server.logIn(facilitatorEmail), "Leidraad IT", LocalDate.now().minusDays(45), aEmail, bEmail);
        String duo = support.post("learning/duo", Map.of("cohort", cohort, "a", aEmail, "b", bEmail));
        FacesClient a = server.logIn(aEmail);

        Page conversation = a.get("learning/conversation.xhtml?duo=" + duo);
        assertTrue(conversation.contains("library/seed.xhtml?key=collegiale-feedback"), conversation.body());
        String guide = seededItem(a, "collegiale-feedback");
        Page item = a.get("library/seed.xhtml?key=collegiale-feedback");
        assertTrue(item.uri().getQuery().equals("item=" + guide), item.toString());
    }
}
