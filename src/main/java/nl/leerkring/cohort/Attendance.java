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

/** Whether a participant was at a meeting; an absence may carry its reason. */
@Entity
@Table(name = "attendance")
@NamedQuery(name = Attendance.LIST_FOR_COHORT, query = """
        SELECT a FROM Attendance a JOIN FETCH a.meeting JOIN FETCH a.person WHERE a.meeting.cohort.id = :cohort""")
@NamedQuery(name = Attendance.LIST_FOR_MEETING, query = """
        SELECT a FROM Attendance a JOIN FETCH a.person WHERE a.meeting.id = :meeting""")
public class Attendance {

    public static final String LIST_FOR_COHORT = "Attendance.listForCohort";
    public static final String LIST_FOR_MEETING = "Attendance.listForMeeting";
    public static final int REASON_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private AttendanceStatus status;

    @Column(name = "reason", length = REASON_MAX)
    private String reason;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected Attendance() {
    }

    Attendance(Meeting meeting, Person person) {
        this.meeting = meeting;
        this.person = person;
    }

    void record(AttendanceStatus newStatus, String newReason, LocalDateTime now) {
        if (newStatus == null) {
            throw new BusinessException("attendance.statusRequired");
        }
        String checked = Text.singleLine(newReason, REASON_MAX, "meeting.attendance.reason");
        this.status = newStatus;
        this.reason = checked;
        this.recordedAt = now;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }
}
