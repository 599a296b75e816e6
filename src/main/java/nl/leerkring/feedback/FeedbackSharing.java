package nl.leerkring.feedback;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import nl.leerkring.account.Person;

/** The participant shares their feedback result with the facilitators of their cohorts. */
@Entity
@Table(name = "feedback_sharing")
public class FeedbackSharing {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @MapsId
    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "shared_at", nullable = false)
    private LocalDateTime sharedAt;

    protected FeedbackSharing() {
    }

    FeedbackSharing(Person person, LocalDateTime now) {
        this.person = person;
        this.sharedAt = now;
    }
}
