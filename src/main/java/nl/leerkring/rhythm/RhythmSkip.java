package nl.leerkring.rhythm;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A reminder a facilitator chose not to send, by the idempotency key its mail would have had. */
@Entity
@Table(name = "rhythm_skip")
@NamedQuery(name = RhythmSkip.KEYS_FOR_COHORT, query = "SELECT s.idempotencyKey FROM RhythmSkip s WHERE s.cohortId = :cohort")
public class RhythmSkip {

    public static final String KEYS_FOR_COHORT = "RhythmSkip.keysForCohort";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private Long cohortId;

    @Column(name = "idempotency_key", nullable = false, unique = true, length = 200)
    private String idempotencyKey;

    @Column(name = "skipped_by", nullable = false)
    private Long skippedBy;

    @Column(name = "skipped_at", nullable = false)
    private LocalDateTime skippedAt;

    protected RhythmSkip() {
    }

    RhythmSkip(long cohortId, String idempotencyKey, long skippedBy, LocalDateTime now) {
        this.cohortId = cohortId;
        this.idempotencyKey = idempotencyKey;
        this.skippedBy = skippedBy;
        this.skippedAt = now;
    }
}
