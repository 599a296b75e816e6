package nl.leerkring.scan;

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
import jakarta.persistence.Version;

import nl.leerkring.account.Person;
import nl.leerkring.instrument.FrameworkVersion;
import nl.leerkring.platform.BusinessException;

/**
 * A participant's self-scan on one version of the framework: the answers keep that version's
 * wording and scale for good.
 */
@Entity
@Table(name = "self_scan")
@NamedQuery(name = SelfScan.LIST_FOR_PERSON, query = """
        SELECT s FROM SelfScan s JOIN FETCH s.version WHERE s.person.id = :person ORDER BY s.startedAt DESC, s.id DESC""")
@NamedQuery(name = SelfScan.SUBMITTED_FOR_PEOPLE, query = """
        SELECT s FROM SelfScan s JOIN FETCH s.version JOIN FETCH s.person
        WHERE s.person.id IN :people AND s.status = nl.leerkring.scan.ScanStatus.SUBMITTED
        ORDER BY s.submittedAt DESC, s.id DESC""")
@NamedQuery(name = SelfScan.SUBMITTED_FOR_COHORT, query = """
        SELECT s FROM SelfScan s JOIN FETCH s.version JOIN FETCH s.person
        WHERE s.person.id IN :people AND s.status = nl.leerkring.scan.ScanStatus.SUBMITTED
          AND EXISTS (SELECT l FROM ScanCohort l WHERE l.scan = s AND l.cohort.id = :cohort)
        ORDER BY s.submittedAt DESC, s.id DESC""")
public class SelfScan {

    public static final String LIST_FOR_PERSON = "SelfScan.listForPerson";
    public static final String SUBMITTED_FOR_PEOPLE = "SelfScan.submittedForPeople";
    public static final String SUBMITTED_FOR_COHORT = "SelfScan.submittedForCohort";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", nullable = false)
    private FrameworkVersion version;

    @Enumerated(EnumType.STRING)
    @Column(name = "moment", nullable = false, length = 10)
    private ScanMoment moment;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ScanStatus status = ScanStatus.DRAFT;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long lockVersion;

    protected SelfScan() {
    }

    SelfScan(Person person, FrameworkVersion version, ScanMoment moment, LocalDateTime now) {
        if (moment == null) {
            throw new BusinessException("scan.momentRequired");
        }
        this.person = person;
        this.version = version;
        this.moment = moment;
        this.startedAt = now;
    }

    /** Answers may change only while the scan is a draft. */
    void checkEditable() {
        if (status != ScanStatus.DRAFT) {
            throw new BusinessException("scan.alreadySubmitted");
        }
    }

    void submit(int unanswered, LocalDateTime now) {
        checkEditable();
        if (unanswered > 0) {
            throw new BusinessException("scan.incomplete", unanswered);
        }
        status = ScanStatus.SUBMITTED;
        submittedAt = now;
    }

    public boolean isSubmitted() {
        return status == ScanStatus.SUBMITTED;
    }

    public Long getId() {
        return id;
    }

    /** Whether the other scan can be laid over this one: only a scan of the same person (start against end shows growth). */
    public boolean isComparableWith(SelfScan other) {
        return other.person.getId().equals(person.getId());
    }

    public Person getPerson() {
        return person;
    }

    public FrameworkVersion getVersion() {
        return version;
    }

    public ScanMoment getMoment() {
        return moment;
    }

    public ScanStatus getStatus() {
        return status;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }
}
