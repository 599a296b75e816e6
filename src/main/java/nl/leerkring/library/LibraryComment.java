package nl.leerkring.library;

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
import nl.leerkring.platform.Text;

/** A comment on an item, by someone who may see it. Plain text, shown escaped with its line breaks. */
@Entity
@Table(name = "library_comment")
@NamedQuery(name = LibraryComment.LIST_FOR_ITEM, query = """
        SELECT c FROM LibraryComment c JOIN FETCH c.person WHERE c.item.id = :item ORDER BY c.createdAt, c.id""")
public class LibraryComment {

    public static final String LIST_FOR_ITEM = "LibraryComment.listForItem";
    public static final int BODY_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private LibraryItem item;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "body", nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected LibraryComment() {
    }

    LibraryComment(LibraryItem item, Person person, String body, LocalDateTime now) {
        this.item = item;
        this.person = person;
        this.body = Text.requiredMultiLine(body, BODY_MAX, "field.library.comment");
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public LibraryItem getItem() {
        return item;
    }

    public Person getPerson() {
        return person;
    }

    public String getBody() {
        return body;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
