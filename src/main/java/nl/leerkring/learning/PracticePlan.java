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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.leerkring.account.Person;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;

/**
 * What a participant will try with their student teacher between a meeting and the next (phase 3,
 * seed 003 §4.3), with an estimated time so plans stay small, and the report of how it went (phase 4,
 * §4.4) that is brought to the next meeting's review.
 */
@Entity
@Table(name = "practice_plan")
@NamedQuery(name = PracticePlan.LIST_FOR_COHORT, query = """
        SELECT p FROM PracticePlan p JOIN FETCH p.meeting JOIN FETCH p.person
        WHERE p.meeting.cohort.id = :cohort ORDER BY p.meeting.number, p.person.displayName""")
@NamedQuery(name = PracticePlan.LIST_FOR_MEETING, query = """
        SELECT p FROM PracticePlan p JOIN FETCH p.person WHERE p.meeting.id = :meeting ORDER BY p.person.displayName""")
@NamedQuery(name = PracticePlan.LIST_FOR_PEOPLE_IN_COHORT, query = """
        SELECT p FROM PracticePlan p JOIN FETCH p.meeting JOIN FETCH p.person
        WHERE p.meeting.cohort.id = :cohort AND p.person.id IN :people ORDER BY p.meeting.number""")
@NamedQuery(name = PracticePlan.LIST_FOR_PERSON, query = """
        SELECT p FROM PracticePlan p JOIN FETCH p.meeting WHERE p.person.id = :person""")
@NamedQuery(name = PracticePlan.FIND, query = """
        SELECT p FROM PracticePlan p WHERE p.meeting.id = :meeting AND p.person.id = :person""")
public class PracticePlan {

    public static final String LIST_FOR_COHORT = "PracticePlan.listForCohort";
    public static final String LIST_FOR_MEETING = "PracticePlan.listForMeeting";
    public static final String LIST_FOR_PEOPLE_IN_COHORT = "PracticePlan.listForPeopleInCohort";
    public static final String LIST_FOR_PERSON = "PracticePlan.listForPerson";
    public static final String FIND = "PracticePlan.find";
    public static final int TEXT_MAX = 2000;
    public static final int QUESTION_MAX = 500;
    public static final int MINUTES_MIN = 5;
    public static final int MINUTES_MAX = 2400;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    /** The learning question the plan serves, as it read when the plan was made. */
    @Column(name = "question", length = QUESTION_MAX)
    private String question;

    @Column(name = "plan", nullable = false, length = TEXT_MAX)
    private String plan;

    @Column(name = "estimated_minutes", nullable = false)
    private int estimatedMinutes;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "report_how", length = TEXT_MAX)
    private String reportHow;

    @Column(name = "report_student", length = TEXT_MAX)
    private String reportStudent;

    @Column(name = "report_learned", length = TEXT_MAX)
    private String reportLearned;

    @Column(name = "reported_at")
    private LocalDateTime reportedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected PracticePlan() {
    }

    public PracticePlan(Meeting meeting, Person person, String question, String plan, int estimatedMinutes,
            LocalDateTime now) {
        this.meeting = meeting;
        this.person = person;
        this.createdAt = now;
        revise(question, plan, estimatedMinutes, now);
    }

    /** Changes the plan; its report, if any, stays. */
    public void revise(String newQuestion, String newPlan, int minutes, LocalDateTime now) {
        String text = Text.multiLine(newPlan, TEXT_MAX, "field.planText");
        // Everything is checked before anything changes, so a refused revision leaves the plan as it was.
        if (text == null) {
            throw new BusinessException("learning.plan.textInvalid", TEXT_MAX);
        }
        if (minutes < MINUTES_MIN || minutes > MINUTES_MAX) {
            throw new BusinessException("learning.plan.minutesInvalid", MINUTES_MIN, MINUTES_MAX);
        }
        this.question = Text.singleLine(newQuestion, QUESTION_MAX, "field.planQuestion");
        this.plan = text;
        this.estimatedMinutes = minutes;
        this.updatedAt = now;
    }

    /** How it went, what the student teacher did and what the participant learned: all three are asked. */
    public void report(String how, String student, String learned, LocalDateTime now) {
        String checkedHow = reportPart(how, "field.reportHow");
        String checkedStudent = reportPart(student, "field.reportStudent");
        String checkedLearned = reportPart(learned, "field.reportLearned");
        this.reportHow = checkedHow;
        this.reportStudent = checkedStudent;
        this.reportLearned = checkedLearned;
        this.reportedAt = now;
        this.updatedAt = now;
    }

    private static String reportPart(String value, String fieldKey) {
        String text = Text.multiLine(value, TEXT_MAX, fieldKey);
        if (text == null) {
            throw new BusinessException("learning.report.partInvalid", TEXT_MAX);
        }
        return text;
    }

    /** Whether the plan asks more time than the limit the partnership set (the seed: keep plans small). */
    public boolean isTooBig(int warnAboveMinutes) {
        return estimatedMinutes > warnAboveMinutes;
    }

    public boolean isReported() {
        return reportedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public String getQuestion() {
        return question;
    }

    public String getPlan() {
        return plan;
    }

    public int getEstimatedMinutes() {
        return estimatedMinutes;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getReportHow() {
        return reportHow;
    }

    public String getReportStudent() {
        return reportStudent;
    }

    public String getReportLearned() {
        return reportLearned;
    }

    public LocalDateTime getReportedAt() {
        return reportedAt;
    }
}
