package nl.leerkring.library.tools;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.platform.NotFoundException;

/**
 * library/cards.xhtml: a card deck of the library. The sets with their cards; shuffled (the order
 * is a number in the address, so a shuffle survives a reload and needs no script); one card drawn
 * at a time; favourites marked per person and shown on their own.
 */
@Named
@RequestScoped
public class CardsBacking {

    private static final Random NEW_ORDERS = new SecureRandom();

    @Inject
    private CardDeckService decks;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "item")
    private Long itemId;
    @Inject
    @Param(name = "set")
    private Integer setNumber;
    @Inject
    @Param(name = "order")
    private Integer order;
    @Inject
    @Param(name = "draw")
    private Integer draw;
    @Inject
    @Param(name = "view")
    private String view;

    private CardDeckService.Deck deck;
    private Integer newOrder;

    /** A card with the title of its set, as the page lists it. */
    public record ShownCard(Card card, String setTitle) {
    }

    public void load() {
        if (deck != null) {
            return;
        }
        if (itemId == null || (view != null && !"favourites".equals(view)) || (draw != null && draw < 1)) {
            throw new NotFoundException();
        }
        deck = decks.open(itemId, me());
        if (setNumber != null && deck.sets().stream().noneMatch(s -> s.getSetNumber() == setNumber)) {
            throw new NotFoundException();
        }
    }

    public void markFavourite(long cardId) throws IOException {
        load();
        decks.markFavourite(itemId, cardId, me());
        Faces.redirect(getReturnAddress());
    }

    public void unmarkFavourite(long cardId) throws IOException {
        load();
        decks.unmarkFavourite(itemId, cardId, me());
        Faces.redirect(getReturnAddress());
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public ToolItem getItem() {
        load();
        return deck.item();
    }

    public List<CardSet> getSets() {
        load();
        return deck.sets();
    }

    /** The sets shown: all of them, or the one chosen. */
    public List<CardSet> getShownSets() {
        return getSets().stream().filter(s -> setNumber == null || s.getSetNumber() == setNumber).toList();
    }

    /** The cards of the shown sets, in the shuffled order when there is one. */
    public List<ShownCard> getCards() {
        List<ShownCard> cards = new ArrayList<>();
        for (CardSet set : getShownSets()) {
            set.getCards().forEach(card -> cards.add(new ShownCard(card, set.getTitle())));
        }
        if (order != null) {
            Collections.shuffle(cards, new Random(order));
        }
        return cards;
    }

    /** The favourites among all the deck's cards, in the deck's order. */
    public List<ShownCard> getFavouriteCards() {
        List<ShownCard> cards = new ArrayList<>();
        for (CardSet set : getSets()) {
            set.getCards().stream().filter(c -> deck.favourites().contains(c.getId()))
                    .forEach(card -> cards.add(new ShownCard(card, set.getTitle())));
        }
        return cards;
    }

    /** The card drawn: the draw-th of the shuffled cards (round again after the last). */
    public ShownCard getDrawn() {
        List<ShownCard> cards = getCards();
        if (draw == null || cards.isEmpty()) {
            return null;
        }
        return cards.get((draw - 1) % cards.size());
    }

    public boolean isFavourite(long cardId) {
        load();
        return deck.favourites().contains(cardId);
    }

    public int getFavouriteCount() {
        load();
        return deck.favourites().size();
    }

    public boolean isFavouritesView() {
        return "favourites".equals(view);
    }

    public boolean isShuffled() {
        return order != null;
    }

    public Integer getSetNumber() {
        return setNumber;
    }

    public Integer getOrder() {
        return order;
    }

    public Integer getDraw() {
        return draw;
    }

    /** A fresh shuffle for the "schud" and "trek een kaart" links; one per request. */
    public int getNewOrder() {
        if (newOrder == null) {
            newOrder = NEW_ORDERS.nextInt(1, Integer.MAX_VALUE);
        }
        return newOrder;
    }

    /** The next draw from the same shuffle. */
    public int getNextDraw() {
        return draw == null ? 1 : draw + 1;
    }

    /** This page's address with its choices, to come back to after marking a favourite. */
    public String getReturnAddress() {
        StringBuilder address = new StringBuilder("library/cards.xhtml?item=").append(itemId);
        if (setNumber != null) {
            address.append("&set=").append(setNumber);
        }
        if (order != null) {
            address.append("&order=").append(order);
        }
        if (draw != null) {
            address.append("&draw=").append(draw);
        }
        if (view != null) {
            address.append("&view=").append(view);
        }
        return address.toString();
    }
}
