package nl.leerkring.feedback;

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

/** One mailed link of a feedback request; only the hash of its token is kept. */
@Entity
@Table(name = "feedback_link")
@NamedQuery(name = FeedbackLink.FIND_BY_HASH, query = """
        SELECT l FROM FeedbackLink l JOIN FETCH l.request r JOIN FETCH r.participant JOIN FETCH r.version
        WHERE l.tokenHash = :hash""")
public class FeedbackLink {

    public static final String FIND_BY_HASH = "FeedbackLink.findByHash";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false)
    private FeedbackRequest request;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected FeedbackLink() {
    }

    FeedbackLink(FeedbackRequest request, String tokenHash, LocalDateTime now) {
        this.request = request;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public FeedbackRequest getRequest() {
        return request;
    }
}
