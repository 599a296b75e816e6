package nl.leerkring.privacy;

import java.io.Serializable;
import java.time.LocalDate;
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
 * A cohort whose retention period has passed, as the daily job found it. It waits for a coordinator:
 * only {@link #confirm} leads to anonymising its participants.
 */
@Entity
@Table(name = "retention_due")
@NamedQuery(name = RetentionDue.ALL, query = "SELECT d FROM RetentionDue d ORDER BY d.confirmedAt DESC, d.dueOn, d.id")
@NamedQuery(name = RetentionDue.LISTED_COHORTS, query = "SELECT d.cohortId FROM RetentionDue d")
public class RetentionDue implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ALL = "RetentionDue.all";
    public static final String LISTED_COHORTS = "RetentionDue.listedCohorts";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cohort_id", nullable = false)
    private long cohortId;

    @Column(name = "last_meeting_on", nullable = false)
    private LocalDate lastMeetingOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "listed_at", nullable = false)
    private LocalDateTime listedAt;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "confirmed_by_id")
    private Long confirmedById;

    @Column(name = "people_anonymised")
    private Integer peopleAnonymised;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RetentionDue() {
    }

    RetentionDue(long cohortId, LocalDate lastMeetingOn, LocalDate dueOn, LocalDateTime now) {
        this.cohortId = cohortId;
        this.lastMeetingOn = lastMeetingOn;
        this.dueOn = dueOn;
        this.listedAt = now;
    }

    void confirm(long coordinatorId, int anonymised, LocalDateTime now) {
        if (isConfirmed()) {
            throw new IllegalStateException("Retention of cohort " + cohortId + " was confirmed before");
        }
        this.confirmedAt = now;
        this.confirmedById = coordinatorId;
        this.peopleAnonymised = anonymised;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getCohortId() {
        return cohortId;
    }

    public LocalDate getLastMeetingOn() {
        return lastMeetingOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public Integer getPeopleAnonymised() {
        return peopleAnonymised;
    }
}
