package nl.leerkring.learning;

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
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;

/** A short answer of a peer (or the facilitator, or the author) to a group-shared reflection. */
@Entity
@Table(name = "reflection_response")
@NamedQuery(name = ReflectionResponse.LIST_FOR_REFLECTIONS, query = """
        SELECT r FROM ReflectionResponse r JOIN FETCH r.author
        WHERE r.reflection.id IN :reflections ORDER BY r.createdAt, r.id""")
public class ReflectionResponse {

    public static final String LIST_FOR_REFLECTIONS = "ReflectionResponse.listForReflections";
    public static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "reflection_id", nullable = false)
    private Reflection reflection;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "author_id", nullable = false)
    private Person author;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected ReflectionResponse() {
    }

    ReflectionResponse(Reflection reflection, Person author, String text, LocalDateTime now) {
        String trimmed = Text.multiLine(text, TEXT_MAX, "field.reflectionResponse");
        if (trimmed == null) {
            throw new BusinessException("learning.responseInvalid", TEXT_MAX);
        }
        this.reflection = reflection;
        this.author = author;
        this.text = trimmed;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Reflection getReflection() {
        return reflection;
    }

    public Person getAuthor() {
        return author;
    }

    public String getText() {
        return text;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
