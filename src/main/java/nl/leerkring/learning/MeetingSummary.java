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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.leerkring.account.Person;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.platform.Text;

/**
 * The summary after a meeting (seed 003 §4.1), one per meeting, to the whole cohort (groups get
 * the same summary; it names each group's shared question). The facilitator edits the drafted
 * text and sends it; the first sending is its sent date, a later one reaches only who has not
 * had it yet.
 */
@Entity
@Table(name = "meeting_summary")
@NamedQuery(name = MeetingSummary.FIND_FOR_MEETING, query = """
        SELECT s FROM MeetingSummary s WHERE s.meeting.id = :meeting""")
@NamedQuery(name = MeetingSummary.SENT_MEETINGS_OF_COHORTS, query = """
        SELECT s.meeting.id FROM MeetingSummary s WHERE s.cohort.id IN :cohorts AND s.sentAt IS NOT NULL""")
@NamedQuery(name = MeetingSummary.SENT_FOR_MEMBER, query = """
        SELECT s FROM MeetingSummary s JOIN FETCH s.meeting JOIN FETCH s.cohort
        WHERE s.sentAt IS NOT NULL AND EXISTS (SELECT m FROM CohortMember m WHERE m.cohort = s.cohort
              AND m.person.id = :person AND m.state = nl.leerkring.cohort.MemberState.ACCEPTED)
        ORDER BY s.sentAt DESC, s.id DESC""")
public class MeetingSummary {

    public static final String FIND_FOR_MEETING = "MeetingSummary.findForMeeting";
    public static final String SENT_MEETINGS_OF_COHORTS = "MeetingSummary.sentMeetingsOfCohorts";
    public static final String SENT_FOR_MEMBER = "MeetingSummary.sentForMember";
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false, unique = true)
    private Meeting meeting;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "sent_by_id")
    private Person sentBy;

    @Version
    @Column(name = "version", nullable = false)
    private long lockVersion;

    protected MeetingSummary() {
    }

    MeetingSummary(Meeting meeting, String text, LocalDateTime now) {
        this.meeting = meeting;
        this.cohort = meeting.getCohort();
        edit(text, now);
    }

    /** Keeps the facilitator's text, through the one input rule. */
    void edit(String newText, LocalDateTime now) {
        this.text = Text.requiredMultiLine(newText, TEXT_MAX, "summary.text");
        this.updatedAt = now;
    }

    /** Marks the summary sent; the first sending stays its date. */
    void sent(Person by, LocalDateTime now) {
        if (sentAt == null) {
            sentAt = now;
            sentBy = by;
        }
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getText() {
        return text;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public Person getSentBy() {
        return sentBy;
    }
}
