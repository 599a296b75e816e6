package nl.leerkring.learning.session;

import java.time.LocalDateTime;
import java.util.Objects;

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
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortGroup;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;

/**
 * A live nominal-group session of a cohort (or of one of its groups) that ends in the shared
 * learning question, tied to a competence area. Stages only move forward.
 */
@Entity
@Table(name = "group_session")
@NamedQuery(name = GroupSession.LIST_FOR_COHORT, query = """
        SELECT s FROM GroupSession s LEFT JOIN FETCH s.group LEFT JOIN FETCH s.axis
        WHERE s.cohort.id = :cohort ORDER BY s.startedAt DESC, s.id DESC""")
@NamedQuery(name = GroupSession.LIST_FOR_PARTICIPANT, query = """
        SELECT s FROM GroupSession s JOIN FETCH s.cohort LEFT JOIN FETCH s.group g LEFT JOIN FETCH s.axis
        WHERE EXISTS (SELECT m FROM CohortMember m LEFT JOIN m.group mg
                      WHERE m.cohort = s.cohort AND m.person.id = :person
                        AND m.state = nl.leerkring.cohort.MemberState.ACCEPTED AND (g IS NULL OR mg = g))
        ORDER BY s.startedAt DESC, s.id DESC""")
public class GroupSession {

    public static final String LIST_FOR_COHORT = "GroupSession.listForCohort";
    public static final String LIST_FOR_PARTICIPANT = "GroupSession.listForParticipant";

    public static final int QUESTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private CohortGroup group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 12)
    private SessionStage stage;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "started_by_id", nullable = false)
    private Person startedBy;

    @Column(name = "started_at", nullable = false)
    private LocalDateTime startedAt;

    @Column(name = "shared_question", length = QUESTION_MAX)
    private String sharedQuestion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "axis_id")
    private FrameworkAxis axis;

    @Column(name = "closed_at")
    private LocalDateTime closedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected GroupSession() {
    }

    public GroupSession(Cohort cohort, CohortGroup group, Meeting meeting, Person startedBy, LocalDateTime now) {
        this.cohort = Objects.requireNonNull(cohort);
        this.group = group;
        this.meeting = meeting;
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = now;
        this.stage = SessionStage.GENERATING;
    }

    /** Refuses anything that belongs to another stage. */
    public void requireStage(SessionStage expected) {
        if (stage != expected) {
            throw new BusinessException("learning.group.wrongStage");
        }
    }

    /** The next step; a session at RESULT is closed by recording its question. */
    public void advance() {
        SessionStage next = stage.next();
        if (next == null) {
            throw new BusinessException("learning.group.wrongStage");
        }
        stage = next;
    }

    /** Records the shared question the group arrived at, and closes the session. */
    public void record(String question, FrameworkAxis area, LocalDateTime now) {
        requireStage(SessionStage.RESULT);
        String trimmed = Text.multiLine(question, QUESTION_MAX, "field.sharedQuestion");
        if (trimmed == null) {
            throw new BusinessException("learning.group.questionInvalid", QUESTION_MAX);
        }
        if (area == null) {
            throw new BusinessException("learning.group.areaRequired");
        }
        this.sharedQuestion = trimmed;
        this.axis = area;
        this.closedAt = now;
        this.stage = SessionStage.CLOSED;
    }

    public boolean isOpen() {
        return stage != SessionStage.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public CohortGroup getGroup() {
        return group;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public SessionStage getStage() {
        return stage;
    }

    public Person getStartedBy() {
        return startedBy;
    }

    public LocalDateTime getStartedAt() {
        return startedAt;
    }

    public String getSharedQuestion() {
        return sharedQuestion;
    }

    public FrameworkAxis getAxis() {
        return axis;
    }

    public LocalDateTime getClosedAt() {
        return closedAt;
    }
}
