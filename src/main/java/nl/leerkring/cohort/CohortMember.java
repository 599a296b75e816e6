package nl.leerkring.cohort;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerkring.account.Person;
import nl.leerkring.platform.NotFoundException;

/**
 * A participant (werkplekbegeleider) in a cohort, possibly in one of its groups. An existing account
 * is first only invited: until the person accepts, the row opens nothing of theirs and they are not
 * treated as a member anywhere (every list and check below asks for {@link MemberState#ACCEPTED}).
 */
@Entity
@Table(name = "cohort_member")
@NamedQuery(name = CohortMember.LIST_FOR_COHORT, query = """
        SELECT m FROM CohortMember m JOIN FETCH m.person LEFT JOIN FETCH m.group
        WHERE m.cohort.id = :cohort AND m.state = nl.leerkring.cohort.MemberState.ACCEPTED
        ORDER BY m.person.displayName""")
@NamedQuery(name = CohortMember.LIST_ROSTER_FOR_COHORT, query = """
        SELECT m FROM CohortMember m JOIN FETCH m.person LEFT JOIN FETCH m.group
        WHERE m.cohort.id = :cohort
          AND m.state IN (nl.leerkring.cohort.MemberState.ACCEPTED, nl.leerkring.cohort.MemberState.INVITED)
        ORDER BY m.person.displayName""")
@NamedQuery(name = CohortMember.LIST_INVITATIONS_OF_PERSON, query = """
        SELECT m FROM CohortMember m JOIN FETCH m.cohort c JOIN FETCH c.facilitator
        WHERE m.person.id = :person AND m.state = nl.leerkring.cohort.MemberState.INVITED
        ORDER BY m.addedAt, m.id""")
@NamedQuery(name = CohortMember.COUNT_BY_STATE, query = """
        SELECT m.state, COUNT(m) FROM CohortMember m WHERE m.cohort.id = :cohort GROUP BY m.state""")
@NamedQuery(name = CohortMember.COUNT_BY_STATE_FOR_COHORTS, query = """
        SELECT m.cohort.id, m.state, COUNT(m) FROM CohortMember m WHERE m.cohort.id IN :cohorts
        GROUP BY m.cohort.id, m.state""")
@NamedQuery(name = CohortMember.FIND, query = """
        SELECT m FROM CohortMember m WHERE m.cohort.id = :cohort AND m.person.id = :person""")
@NamedQuery(name = CohortMember.COHORTS_FACILITATED_BY, query = """
        SELECT c.id FROM CohortMember m JOIN m.cohort c LEFT JOIN c.coFacilitator co
        WHERE m.person.id = :participant AND m.state = nl.leerkring.cohort.MemberState.ACCEPTED
          AND (c.facilitator.id = :facilitator OR co.id = :facilitator)""")
public class CohortMember {

    public static final String LIST_FOR_COHORT = "CohortMember.listForCohort";
    public static final String FIND = "CohortMember.find";
    public static final String COHORTS_FACILITATED_BY = "CohortMember.cohortsFacilitatedBy";
    public static final String LIST_ROSTER_FOR_COHORT = "CohortMember.listRosterForCohort";
    public static final String LIST_INVITATIONS_OF_PERSON = "CohortMember.listInvitationsOfPerson";
    public static final String COUNT_BY_STATE = "CohortMember.countByState";
    public static final String COUNT_BY_STATE_FOR_COHORTS = "CohortMember.countByStateForCohorts";

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

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 10)
    private MemberState state;

    @Column(name = "accepted_at")
    private LocalDateTime acceptedAt;

    protected CohortMember() {
    }

    private CohortMember(Cohort cohort, Person person, MemberState state, LocalDateTime now) {
        this.cohort = cohort;
        this.person = person;
        this.addedAt = now;
        this.state = state;
        this.acceptedAt = state == MemberState.ACCEPTED ? now : null;
    }

    /** An existing account asked to take part: opens nothing until the person accepts. */
    static CohortMember invite(Cohort cohort, Person person, LocalDateTime now) {
        return new CohortMember(cohort, person, MemberState.INVITED, now);
    }

    /**
     * A member from the start: an account the invitation itself created (it exists only for this
     * cohort), or a member carried over into the follow-up of a cohort they had accepted.
     */
    static CohortMember accepted(Cohort cohort, Person person, LocalDateTime now) {
        return new CohortMember(cohort, person, MemberState.ACCEPTED, now);
    }

    /** The person's own yes. Only an open invitation can be accepted; anything else is not there. */
    void accept(LocalDateTime now) {
        if (state != MemberState.INVITED) {
            throw new NotFoundException();
        }
        state = MemberState.ACCEPTED;
        acceptedAt = now;
    }

    public boolean isAccepted() {
        return state == MemberState.ACCEPTED;
    }

    public MemberState getState() {
        return state;
    }

    public LocalDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
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
