package nl.leerkring.library.tools;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.library.Tool;
import nl.leerkring.platform.NotFoundException;

/**
 * The card decks: the sets of an item with their cards, and a person's favourite cards. Marking
 * a favourite twice, or from two posts at once, keeps one mark.
 */
@Stateless
public class CardDeckService {

    /** A deck as a person sees it: its sets in order with their cards, and which cards are their favourites. */
    public record Deck(ToolItem item, List<CardSet> sets, Set<Long> favourites) {
    }

    @PersistenceContext
    private EntityManager em;
    @Inject
    private ToolItems items;
    @Inject
    private Clock clock;

    public Deck open(long itemId, long personId) {
        ToolItem item = items.getVisible(itemId, Tool.CARD_DECK, personId);
        List<CardSet> sets = em.createNamedQuery(CardSet.LIST_FOR_ITEM, CardSet.class)
                .setParameter("item", itemId).getResultList();
        @SuppressWarnings("unchecked")
        List<Number> favourites = em.createNativeQuery("""
                SELECT f.card_id FROM library_card_favourite f
                JOIN library_card c ON c.id = f.card_id JOIN library_card_set s ON s.id = c.set_id
                WHERE f.person_id = ? AND s.item_id = ?""")
                .setParameter(1, personId).setParameter(2, itemId).getResultList();
        Set<Long> ids = new HashSet<>();
        favourites.forEach(id -> ids.add(id.longValue()));
        return new Deck(item, sets, Set.copyOf(ids));
    }

    /** Marks the card as one of the person's favourites; marking it again changes nothing. */
    public void markFavourite(long itemId, long cardId, long personId) {
        // Posts for the same card take turns: the card's row lock (an UPDATE that changes nothing
        // waits alike on H2 and MariaDB). The check that follows is a locking read, so on MariaDB
        // too (repeatable read) it sees the mark that the post before this one committed.
        em.createNativeQuery("UPDATE library_card SET card_number = card_number WHERE id = ?")
                .setParameter(1, cardId).executeUpdate();
        checkCard(itemId, cardId, personId);
        List<?> marked = em.createNativeQuery(
                "SELECT card_id FROM library_card_favourite WHERE person_id = ? AND card_id = ? FOR UPDATE")
                .setParameter(1, personId).setParameter(2, cardId).getResultList();
        if (marked.isEmpty()) {
            em.createNativeQuery("INSERT INTO library_card_favourite (person_id, card_id, marked_at) VALUES (?, ?, ?)")
                    .setParameter(1, personId).setParameter(2, cardId).setParameter(3, LocalDateTime.now(clock))
                    .executeUpdate();
        }
    }

    /** No longer one of the person's favourites; again changes nothing. */
    public void unmarkFavourite(long itemId, long cardId, long personId) {
        checkCard(itemId, cardId, personId);
        em.createNativeQuery("DELETE FROM library_card_favourite WHERE person_id = ? AND card_id = ?")
                .setParameter(1, personId).setParameter(2, cardId).executeUpdate();
    }

    private void checkCard(long itemId, long cardId, long personId) {
        items.getVisible(itemId, Tool.CARD_DECK, personId);
        Card card = em.find(Card.class, cardId);
        if (card == null || card.getSet().getItemId() != itemId) {
            throw new NotFoundException();
        }
    }
}
