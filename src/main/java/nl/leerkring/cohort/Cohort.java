package nl.leerkring.cohort;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

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
import jakarta.persistence.Version;

import nl.leerkring.account.Person;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;

/**
 * One run of the track: a facilitator (or a duo of schoolopleider and instituutsopleider),
 * participants and six meetings in six months. A follow-up cohort points to the one before,
 * so a learning community's history stays linked.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.LIST_FOR_FACILITATOR, query = """
        SELECT c FROM Cohort c JOIN FETCH c.facilitator LEFT JOIN FETCH c.coFacilitator
        WHERE c.facilitatorId = :person OR c.coFacilitatorId = :person
        ORDER BY c.startDate DESC, c.id DESC""")
@NamedQuery(name = Cohort.FIND_WITH_FACILITATORS, query = """
        SELECT c FROM Cohort c JOIN FETCH c.facilitator LEFT JOIN FETCH c.coFacilitator WHERE c.id = :id""")
@NamedQuery(name = Cohort.IDS_FOR_FACILITATOR, query = """
        SELECT c.id FROM Cohort c WHERE c.facilitatorId = :person OR c.coFacilitatorId = :person""")
@NamedQuery(name = Cohort.LIST_ALL, query = """
        SELECT c FROM Cohort c JOIN FETCH c.facilitator LEFT JOIN FETCH c.coFacilitator
        ORDER BY c.startDate DESC, c.id DESC""")
@NamedQuery(name = Cohort.PAGE_FOR_FACILITATOR, query = """
        SELECT c FROM Cohort c JOIN FETCH c.facilitator LEFT JOIN FETCH c.coFacilitator
        WHERE (c.facilitatorId = :person OR c.coFacilitatorId = :person)
          AND LOWER(c.name) LIKE :name
        ORDER BY c.startDate DESC, c.id DESC""")
@NamedQuery(name = Cohort.COUNT_FOR_FACILITATOR, query = """
        SELECT COUNT(c) FROM Cohort c
        WHERE (c.facilitatorId = :person OR c.coFacilitatorId = :person)
          AND LOWER(c.name) LIKE :name""")
@NamedQuery(name = Cohort.PAGE_ALL, query = """
        SELECT c FROM Cohort c JOIN FETCH c.facilitator LEFT JOIN FETCH c.coFacilitator
        WHERE LOWER(c.name) LIKE :name
        ORDER BY c.startDate DESC, c.id DESC""")
@NamedQuery(name = Cohort.COUNT_ALL, query = """
        SELECT COUNT(c) FROM Cohort c WHERE LOWER(c.name) LIKE :name""")
@NamedQuery(name = Cohort.LIST_FOR_MEMBER, query = """
        SELECT c FROM Cohort c JOIN FETCH c.facilitator LEFT JOIN FETCH c.coFacilitator
        WHERE EXISTS (SELECT m FROM CohortMember m WHERE m.cohort = c AND m.person.id = :person
                      AND m.state = nl.leerkring.cohort.MemberState.ACCEPTED)
        ORDER BY c.startDate DESC, c.id DESC""")
public class Cohort {

    public static final String LIST_FOR_FACILITATOR = "Cohort.listForFacilitator";
    public static final String IDS_FOR_FACILITATOR = "Cohort.idsForFacilitator";
    public static final String FIND_WITH_FACILITATORS = "Cohort.findWithFacilitators";
    public static final String LIST_ALL = "Cohort.listAll";
    public static final String LIST_FOR_MEMBER = "Cohort.listForMember";
    public static final String PAGE_FOR_FACILITATOR = "Cohort.pageForFacilitator";
    public static final String COUNT_FOR_FACILITATOR = "Cohort.countForFacilitator";
    public static final String PAGE_ALL = "Cohort.pageAll";
    public static final String COUNT_ALL = "Cohort.countAll";

    public static final int NAME_MAX = 120;
    public static final int PARTNERSHIP_MAX = 120;
    /**
     * A start date lies from a year back (a cohort entered late) to three years ahead (planned
     * early); anything further is a typing slip such as 1026 or 2206.
     */
    public static final int START_YEARS_BACK = 1;
    public static final int START_YEARS_AHEAD = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "partnership", nullable = false, length = PARTNERSHIP_MAX)
    private String partnership;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "facilitator_id", nullable = false)
    private Person facilitator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "co_facilitator_id")
    private Person coFacilitator;

    /*
     * The two facilitators' ids as columns, for the conditions "facilitated by" (as LibraryItem's
     * authorId): the path c.coFacilitator.id next to a fetch join of the co-facilitator lost the cohorts
     * without one (a join of the person), and an EXISTS on the cohort table scans all of it on MariaDB,
     * where "facilitator_id = ? OR co_facilitator_id = ?" is an index merge of the two keys' indexes.
     */
    @Column(name = "facilitator_id", insertable = false, updatable = false)
    private Long facilitatorId;

    @Column(name = "co_facilitator_id", insertable = false, updatable = false)
    private Long coFacilitatorId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_cohort_id")
    private Cohort previousCohort;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** Whether participants choose their duo partner themselves; otherwise the facilitator pairs them. */
    @Column(name = "duos_self_chosen", nullable = false)
    private boolean duosSelfChosen;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Cohort() {
    }

    public Cohort(String name, String partnership, LocalDate startDate, Person facilitator, Person coFacilitator,
            Cohort previousCohort, LocalDateTime now) {
        this.name = required(name, NAME_MAX, "field.cohortName", "cohort.nameInvalid");
        this.partnership = required(partnership, PARTNERSHIP_MAX, "field.partnership", "cohort.partnershipInvalid");
        if (startDate == null) {
            throw new BusinessException("cohort.startDateRequired");
        }
        LocalDate today = now.toLocalDate();
        if (startDate.isBefore(today.minusYears(START_YEARS_BACK)) || startDate.isAfter(today.plusYears(START_YEARS_AHEAD))) {
            throw new BusinessException("cohort.startDateRange", START_YEARS_BACK, START_YEARS_AHEAD);
        }
        this.startDate = startDate;
        this.facilitator = Objects.requireNonNull(facilitator);
        this.facilitatorId = facilitator.getId();
        if (coFacilitator != null && coFacilitator.getId().equals(facilitator.getId())) {
            throw new BusinessException("cohort.coFacilitatorSame");
        }
        this.coFacilitator = coFacilitator;
        this.coFacilitatorId = coFacilitator == null ? null : coFacilitator.getId();
        this.previousCohort = previousCohort;
        this.createdAt = now;
    }

    private static String required(String value, int max, String fieldKey, String missingKey) {
        String checked = Text.singleLine(value, max, fieldKey);
        if (checked == null) {
            throw new BusinessException(missingKey, max);
        }
        return checked;
    }

    /** The facilitator or the co-facilitator (by their ids: neither person is loaded for it). */
    public boolean isFacilitatedBy(long personId) {
        return facilitatorId == personId || (coFacilitatorId != null && coFacilitatorId == personId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPartnership() {
        return partnership;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public Person getFacilitator() {
        return facilitator;
    }

    public Person getCoFacilitator() {
        return coFacilitator;
    }

    public Cohort getPreviousCohort() {
        return previousCohort;
    }

    public boolean isDuosSelfChosen() {
        return duosSelfChosen;
    }

    public void letParticipantsChooseDuos(boolean selfChosen) {
        this.duosSelfChosen = selfChosen;
    }
}
