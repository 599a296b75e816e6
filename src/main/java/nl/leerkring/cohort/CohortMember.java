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

/** A participant (werkplekbegeleider) in a cohort, possibly in one of its groups. */
@Entity
@Table(name = "cohort_member")
@NamedQuery(name = CohortMember.LIST_FOR_COHORT, query = """
        SELECT m FROM CohortMember m JOIN FETCH m.person LEFT JOIN FETCH m.group
        WHERE m.cohort.id = :cohort ORDER BY m.person.displayName""")
@NamedQuery(name = CohortMember.FIND, query = """
        SELECT m FROM CohortMember m WHERE m.cohort.id = :cohort AND m.person.id = :person""")
@NamedQuery(name = CohortMember.FACILITATED_BY, query = """
        SELECT m.id FROM CohortMember m JOIN m.cohort c LEFT JOIN c.coFacilitator co
        WHERE m.person.id = :participant AND (c.facilitator.id = :facilitator OR co.id = :facilitator)""")
public class CohortMember {

    public static final String LIST_FOR_COHORT = "CohortMember.listForCohort";
    public static final String FIND = "CohortMember.find";
    public static final String FACILITATED_BY = "CohortMember.facilitatedBy";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private CohortGroup group;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected CohortMember() {
    }

    CohortMember(Cohort cohort, Person person, LocalDateTime now) {
        this.cohort = cohort;
        this.person = person;
        this.addedAt = now;
    }

    void placeIn(CohortGroup newGroup) {
        this.group = newGroup;
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Person getPerson() {
        return person;
    }

    public CohortGroup getGroup() {
        return group;
    }
}
