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

import nl.leerkring.account.Person;
import nl.leerkring.cohort.Cohort;

/**
 * The participant shares their feedback result with the facilitators of one cohort (DESIGN §7):
 * per cohort, never with "the facilitator" in general, so joining another cohort opens nothing.
 */
@Entity
@Table(name = "feedback_share")
@NamedQuery(name = FeedbackShare.FIND, query = """
        SELECT s FROM FeedbackShare s WHERE s.person.id = :person AND s.cohort.id = :cohort""")
@NamedQuery(name = FeedbackShare.COHORTS_OF_PERSON, query = """
        SELECT s.cohort.id FROM FeedbackShare s WHERE s.person.id = :person""")
@NamedQuery(name = FeedbackShare.PEOPLE_IN_COHORT, query = """
        SELECT s.person.id FROM FeedbackShare s WHERE s.cohort.id = :cohort AND s.person.id IN :people""")
public class FeedbackShare {

    public static final String FIND = "FeedbackShare.find";
    public static final String COHORTS_OF_PERSON = "FeedbackShare.cohortsOfPerson";
    public static final String PEOPLE_IN_COHORT = "FeedbackShare.peopleInCohort";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "shared_at", nullable = false)
    private LocalDateTime sharedAt;

    protected FeedbackShare() {
    }

    FeedbackShare(Person person, Cohort cohort, LocalDateTime now) {
        this.person = person;
        this.cohort = cohort;
        this.sharedAt = now;
    }
}
