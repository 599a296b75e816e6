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

import nl.leerkring.account.Person;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;

/**
 * One version of a participant's own learning question in a cohort, tied to one competence area
 * (seed 003 §4.1). A revision is a new row, so the history stays; the newest one counts.
 */
@Entity
@Table(name = "learning_question")
@NamedQuery(name = LearningQuestion.HISTORY_OF_PERSON, query = """
        SELECT q FROM LearningQuestion q JOIN FETCH q.cohort JOIN FETCH q.axis
        WHERE q.person.id = :person ORDER BY q.id DESC""")
@NamedQuery(name = LearningQuestion.CURRENT_FOR_COHORT, query = """
        SELECT q FROM LearningQuestion q JOIN FETCH q.person JOIN FETCH q.axis
        WHERE q.cohort.id = :cohort AND q.id = (SELECT MAX(q2.id) FROM LearningQuestion q2
            WHERE q2.cohort.id = :cohort AND q2.person.id = q.person.id)
        ORDER BY q.person.displayName""")
public class LearningQuestion {

    public static final String HISTORY_OF_PERSON = "LearningQuestion.historyOfPerson";
    public static final String CURRENT_FOR_COHORT = "LearningQuestion.currentForCohort";
    public static final int QUESTION_MIN = 10;
    public static final int QUESTION_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "axis_id", nullable = false)
    private FrameworkAxis axis;

    @Column(name = "question", nullable = false, length = QUESTION_MAX)
    private String question;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected LearningQuestion() {
    }

    public LearningQuestion(Cohort cohort, Person person, FrameworkAxis axis, String question, LocalDateTime now) {
        if (axis == null) {
            throw new BusinessException("learning.question.areaRequired");
        }
        String checked = Text.multiLine(question, QUESTION_MAX, "field.learningQuestion");
        String trimmed = checked == null ? "" : checked;
        if (trimmed.length() < QUESTION_MIN) {
            throw new BusinessException("learning.question.length", QUESTION_MIN, QUESTION_MAX);
        }
        this.cohort = cohort;
        this.person = person;
        this.axis = axis;
        this.question = trimmed;
        this.createdAt = now;
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

    public FrameworkAxis getAxis() {
        return axis;
    }

    public String getQuestion() {
        return question;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
