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
import nl.leerkring.cohort.Cohort;
import nl.leerkring.platform.BusinessException;

/**
 * Two participants of a cohort who support each other while trying out their plans (seed 003 §4.4)
 * and hold collegial feedback conversations (seed 000). They see each other's plans and reports.
 */
@Entity
@Table(name = "duo")
@NamedQuery(name = Duo.LIST_FOR_COHORT, query = """
        SELECT d FROM Duo d JOIN FETCH d.personA JOIN FETCH d.personB WHERE d.cohort.id = :cohort
        ORDER BY d.personA.displayName""")
@NamedQuery(name = Duo.FIND_FOR_PERSON, query = """
        SELECT d FROM Duo d JOIN FETCH d.personA JOIN FETCH d.personB
        WHERE d.cohort.id = :cohort AND (d.personA.id = :person OR d.personB.id = :person)""")
public class Duo {

    public static final String LIST_FOR_COHORT = "Duo.listForCohort";
    public static final String FIND_FOR_PERSON = "Duo.findForPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_a_id", nullable = false)
    private Person personA;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_b_id", nullable = false)
    private Person personB;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected Duo() {
    }

    public Duo(Cohort cohort, Person personA, Person personB, LocalDateTime now) {
        if (personA.getId().equals(personB.getId())) {
            throw new BusinessException("learning.duo.samePerson");
        }
        this.cohort = cohort;
        this.personA = personA;
        this.personB = personB;
        this.createdAt = now;
    }

    public boolean includes(long personId) {
        return personA.getId() == personId || personB.getId() == personId;
    }

    /** The other one of the pair. */
    public Person partnerOf(long personId) {
        if (!includes(personId)) {
            throw new IllegalArgumentException("not in this duo: " + personId);
        }
        return personA.getId() == personId ? personB : personA;
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Person getPersonA() {
        return personA;
    }

    public Person getPersonB() {
        return personB;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
