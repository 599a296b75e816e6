package nl.leerkring.library.tools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One question card of a set; seeded by a migration, read here. */
@Entity
@Table(name = "library_card")
public class Card {

    @Id
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "set_id", nullable = false)
    private CardSet set;

    @Column(name = "card_number", nullable = false)
    private int cardNumber;

    @Column(name = "wording", nullable = false, length = 500)
    private String wording;

    protected Card() {
    }

    public Long getId() {
        return id;
    }

    public CardSet getSet() {
        return set;
    }

    public int getCardNumber() {
        return cardNumber;
    }

    public String getWording() {
        return wording;
    }
}
