package nl.leerkring.library.tools;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A set of question cards of a card deck, with its cards in order; seeded by a migration, read here. */
@Entity
@Table(name = "library_card_set")
@NamedQuery(name = CardSet.LIST_FOR_ITEM, query = """
        SELECT DISTINCT s FROM CardSet s LEFT JOIN FETCH s.cards WHERE s.itemId = :item ORDER BY s.setNumber""")
public class CardSet {

    public static final String LIST_FOR_ITEM = "CardSet.listForItem";

    @Id
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "set_number", nullable = false)
    private int setNumber;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @OneToMany(mappedBy = "set")
    @OrderBy("cardNumber")
    private List<Card> cards = new ArrayList<>();

    protected CardSet() {
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public int getSetNumber() {
        return setNumber;
    }

    public String getTitle() {
        return title;
    }

    /**
     * The cards in their number order. Sorted here because a fetch join fills the list in the order
     * the database returns the rows, which MariaDB does not keep from one request to the next; a
     * favourite button posted from the page names its card by its place in this list.
     */
    public List<Card> getCards() {
        return cards.stream().sorted(java.util.Comparator.comparingInt(Card::getCardNumber)).toList();
    }
}
