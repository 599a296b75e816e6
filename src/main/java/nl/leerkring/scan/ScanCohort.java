package nl.leerkring.scan;

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

import nl.leerkring.cohort.Cohort;

/**
 * A submitted self-scan shown to one cohort's facilitators (DESIGN §7): either taken for that
 * cohort (submitted while an accepted member of it), or an earlier scan the participant brought
 * along. Without such a link no facilitator sees the scan.
 */
@Entity
@Table(name = "scan_cohort")
@NamedQuery(name = ScanCohort.LIST_FOR_PERSON, query = """
        SELECT l FROM ScanCohort l JOIN FETCH l.cohort WHERE l.scan.person.id = :person""")
@NamedQuery(name = ScanCohort.LIST_FOR_SCAN,
        query = "SELECT l FROM ScanCohort l JOIN FETCH l.cohort WHERE l.scan.id = :scan")
@NamedQuery(name = ScanCohort.COHORTS_OF_SCAN, query = """
        SELECT l.cohort.id FROM ScanCohort l WHERE l.scan.id = :scan""")
@NamedQuery(name = ScanCohort.FIND, query = """
        SELECT l FROM ScanCohort l WHERE l.scan.id = :scan AND l.cohort.id = :cohort""")
public class ScanCohort {

    public static final String LIST_FOR_PERSON = "ScanCohort.listForPerson";
    public static final String COHORTS_OF_SCAN = "ScanCohort.cohortsOfScan";
    public static final String LIST_FOR_SCAN = "ScanCohort.listForScan";
    public static final String FIND = "ScanCohort.find";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "scan_id", nullable = false)
    private SelfScan scan;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "brought_along", nullable = false)
    private boolean broughtAlong;

    @Column(name = "linked_at", nullable = false)
    private LocalDateTime linkedAt;

    protected ScanCohort() {
    }

    ScanCohort(SelfScan scan, Cohort cohort, boolean broughtAlong, LocalDateTime now) {
        if (!scan.isSubmitted()) {
            throw new IllegalStateException("Only a submitted scan is shown to a cohort");
        }
        this.scan = scan;
        this.cohort = cohort;
        this.broughtAlong = broughtAlong;
        this.linkedAt = now;
    }

    public SelfScan getScan() {
        return scan;
    }

    public Cohort getCohort() {
        return cohort;
    }

    /** True when the participant chose to show this earlier scan; false when taken for the cohort. */
    public boolean isBroughtAlong() {
        return broughtAlong;
    }
}
