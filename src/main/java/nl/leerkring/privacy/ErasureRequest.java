package nl.leerkring.privacy;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's request to have their data erased. Nothing happens until a coordinator confirms it; then
 * the person is anonymised ({@link Anonymiser}) and the request stays as the record that it was done.
 */
@Entity
@Table(name = "erasure_request")
@NamedQuery(name = ErasureRequest.FIND_FOR_PERSON, query = "SELECT r FROM ErasureRequest r WHERE r.personId = :person")
@NamedQuery(name = ErasureRequest.PENDING, query = """
        SELECT r FROM ErasureRequest r WHERE r.status = 'REQUESTED' ORDER BY r.requestedAt, r.id""")
public class ErasureRequest {

    public static final String FIND_FOR_PERSON = "ErasureRequest.findForPerson";
    public static final String PENDING = "ErasureRequest.pending";

    static final String REQUESTED = "REQUESTED";
    static final String ERASED = "ERASED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "status", nullable = false, length = 10)
    private String status;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "confirmed_by_id")
    private Long confirmedById;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ErasureRequest() {
    }

    ErasureRequest(long personId, LocalDateTime now) {
        this.personId = personId;
        this.status = REQUESTED;
        this.requestedAt = now;
    }

    void confirm(long coordinatorId, LocalDateTime now) {
        if (!isPending()) {
            throw new IllegalStateException("Erasure request " + id + " was confirmed before");
        }
        this.status = ERASED;
        this.confirmedAt = now;
        this.confirmedById = coordinatorId;
    }

    public boolean isPending() {
        return REQUESTED.equals(status);
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }
}
