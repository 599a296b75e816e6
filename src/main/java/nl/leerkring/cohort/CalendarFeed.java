package nl.leerkring.cohort;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerkring.account.Person;
import nl.leerkring.platform.Tokens;

/**
 * A person's secret calendar feed link: only the SHA-256 hash of its 256-bit token is kept, so the
 * link is shown once, when made. Renewing replaces the hash (the old link stops); revoking deletes the row.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(name = CalendarFeed.FIND_BY_HASH, query = "SELECT f FROM CalendarFeed f JOIN FETCH f.person WHERE f.tokenHash = :hash")
@NamedQuery(name = CalendarFeed.FIND_FOR_PERSON, query = "SELECT f FROM CalendarFeed f WHERE f.person.id = :person")
public class CalendarFeed {

    public static final String FIND_BY_HASH = "CalendarFeed.findByHash";
    public static final String FIND_FOR_PERSON = "CalendarFeed.findForPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "token_hash", nullable = false, length = Tokens.HASH_LENGTH)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(Person person, String token, LocalDateTime now) {
        this.person = person;
        renew(token, now);
    }

    void renew(String token, LocalDateTime now) {
        this.tokenHash = Tokens.hash(token);
        this.createdAt = now;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
