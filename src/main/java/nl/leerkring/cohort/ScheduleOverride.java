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
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;

/** A planning rule the facilitator broke on purpose, with the reason, who and when. */
@Entity
@Table(name = "schedule_override")
@NamedQuery(name = ScheduleOverride.LIST_FOR_COHORT, query = """
        SELECT o FROM ScheduleOverride o JOIN FETCH o.recordedBy WHERE o.cohort.id = :cohort ORDER BY o.recordedAt DESC, o.id DESC""")
public class ScheduleOverride {

    public static final String LIST_FOR_COHORT = "ScheduleOverride.listForCohort";
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_broken", nullable = false, length = 30)
    private ScheduleRule rule;

    @Column(name = "meeting_number", nullable = false)
    private int meetingNumber;

    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by_id", nullable = false)
    private Person recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected ScheduleOverride() {
    }

    ScheduleOverride(Cohort cohort, MeetingSchedule.Violation violation, String reason, Person recordedBy,
            LocalDateTime now) {
        if (!violation.rule().isOverridable()) {
            throw new BusinessException("schedule.notOverridable");
        }
        String checked = Text.multiLine(reason, REASON_MAX, "field.scheduleReason");
        String trimmed = checked == null ? "" : checked;
        if (trimmed.length() < 5) {
            throw new BusinessException("schedule.reasonRequired", REASON_MAX);
        }
        this.cohort = cohort;
        this.rule = violation.rule();
        this.meetingNumber = violation.meetingNumber();
        this.reason = trimmed;
        this.recordedBy = recordedBy;
        this.recordedAt = now;
    }

    public ScheduleRule getRule() {
        return rule;
    }

    public int getMeetingNumber() {
        return meetingNumber;
    }

    public String getReason() {
        return reason;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public LocalDateTime getRecordedAt() {
        return recordedAt;
    }
}
