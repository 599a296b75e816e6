package nl.leerkring.learning;

import java.time.LocalDateTime;
import java.util.List;

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
import nl.leerkring.cohort.Meeting;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Text;

/**
 * A participant's reflection on one meeting: the four fixed questions of seed 003 §3.3, and who
 * may read it. Kept as a draft until submitted; after that the author may still change the
 * answers and who reads it. Only the author changes it.
 */
@Entity
@Table(name = "reflection")
@NamedQuery(name = Reflection.FIND_OWN, query = """
        SELECT r FROM Reflection r WHERE r.meeting.id = :meeting AND r.person.id = :person""")
@NamedQuery(name = Reflection.LIST_CANDIDATES, query = """
        SELECT r FROM Reflection r JOIN FETCH r.person JOIN FETCH r.meeting
        WHERE r.cohort.id = :cohort
          AND (r.person.id = :reader
               OR (r.submittedAt IS NOT NULL AND r.visibility <> nl.leerkring.learning.ReflectionVisibility.PRIVATE))
        ORDER BY r.meeting.number DESC, r.submittedAt DESC, r.id DESC""")
@NamedQuery(name = Reflection.STATES_FOR_COHORT, query = """
        SELECT r.person.id, r.meeting.id, r.submittedAt FROM Reflection r WHERE r.cohort.id = :cohort""")
@NamedQuery(name = Reflection.SUBMITTED_COUNT_BY_PERSON, query = """
        SELECT r.person.id, COUNT(r) FROM Reflection r
        WHERE r.cohort.id = :cohort AND r.submittedAt IS NOT NULL GROUP BY r.person.id""")
@NamedQuery(name = Reflection.SUBMITTED_FOR_MEETING, query = """
        SELECT r.person.id FROM Reflection r WHERE r.meeting.id = :meeting AND r.submittedAt IS NOT NULL""")
@NamedQuery(name = Reflection.SUBMITTED_MEETINGS_OF_PERSON, query = """
        SELECT r.meeting.id FROM Reflection r WHERE r.person.id = :person AND r.submittedAt IS NOT NULL""")
public class Reflection {

    public static final String FIND_OWN = "Reflection.findOwn";
    public static final String LIST_CANDIDATES = "Reflection.listCandidates";
    public static final String STATES_FOR_COHORT = "Reflection.statesForCohort";
    public static final String SUBMITTED_COUNT_BY_PERSON = "Reflection.submittedCountByPerson";
    public static final String SUBMITTED_FOR_MEETING = "Reflection.submittedForMeeting";
    public static final String SUBMITTED_MEETINGS_OF_PERSON = "Reflection.submittedMeetingsOfPerson";

    public static final int ANSWER_MAX = 2000;
    private static final List<String> ANSWER_FIELDS = List.of("field.reflectionAnswer1", "field.reflectionAnswer2",
            "field.reflectionAnswer3", "field.reflectionAnswer4");

    /** The four fixed questions of seed 003 §3.3 (DESIGN.md §4), word for word. */
    public static final List<String> QUESTIONS = List.of(
            "Welk onderdeel van de bijeenkomst heeft je aan het denken gezet en waarom?",
            "Welke kennis, inzichten of vaardigheden heb je opgedaan?",
            "Wat heb je hiermee gedaan of wat wil je hiermee doen in de praktijk?",
            "Welke inzichten heb je opgedaan door het toepassen in de praktijk?");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "answer_1", length = ANSWER_MAX)
    private String answer1;

    @Column(name = "answer_2", length = ANSWER_MAX)
    private String answer2;

    @Column(name = "answer_3", length = ANSWER_MAX)
    private String answer3;

    @Column(name = "answer_4", length = ANSWER_MAX)
    private String answer4;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 12)
    private ReflectionVisibility visibility = ReflectionVisibility.PRIVATE;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long lockVersion;

    protected Reflection() {
    }

    Reflection(Cohort cohort, Meeting meeting, Person author, LocalDateTime now) {
        this.cohort = cohort;
        this.meeting = meeting;
        this.person = author;
        this.updatedAt = now;
    }

    /**
     * Keeps the answers as they are, empty ones too. A submitted reflection stays submitted, so
     * then all four answers are still needed.
     */
    void saveDraft(long actorId, List<String> answers, ReflectionVisibility chosen, LocalDateTime now) {
        if (submittedAt != null) {
            submit(actorId, answers, chosen, now);
            return;
        }
        write(actorId, answers, chosen, now);
    }

    /** Submits (or changes a submitted reflection): all four answers are needed. */
    void submit(long actorId, List<String> answers, ReflectionVisibility chosen, LocalDateTime now) {
        write(actorId, answers, chosen, now);
        for (int i = 0; i < QUESTIONS.size(); i++) {
            if (answer(i + 1) == null) {
                throw new BusinessException("learning.reflectionAnswerRequired", i + 1);
            }
        }
        if (submittedAt == null) {
            submittedAt = now;
        }
    }

    private void write(long actorId, List<String> answers, ReflectionVisibility chosen, LocalDateTime now) {
        if (!isBy(actorId)) {
            throw new NotFoundException();
        }
        if (answers == null || answers.size() != QUESTIONS.size()) {
            throw new IllegalArgumentException("Four answers, one per question");
        }
        if (chosen == null) {
            throw new BusinessException("learning.reflectionVisibilityRequired");
        }
        answer1 = optional(answers.get(0), 1);
        answer2 = optional(answers.get(1), 2);
        answer3 = optional(answers.get(2), 3);
        answer4 = optional(answers.get(3), 4);
        visibility = chosen;
        updatedAt = now;
    }

    private static String optional(String value, int question) {
        return Text.multiLine(value, ANSWER_MAX, ANSWER_FIELDS.get(question - 1));
    }

    public boolean isBy(long personId) {
        return person.getId() == personId;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    /** The facts {@link ReflectionAccess} decides on; the author's group as the cohort has it now. */
    public ReflectionAccess.Subject subject(Long authorGroupId) {
        return new ReflectionAccess.Subject(person.getId(), authorGroupId, visibility, isSubmitted());
    }

    /** The answer to question 1..4, null when empty. */
    public String answer(int question) {
        return switch (question) {
            case 1 -> answer1;
            case 2 -> answer2;
            case 3 -> answer3;
            case 4 -> answer4;
            default -> throw new IllegalArgumentException("Question " + question);
        };
    }

    public List<String> getAnswers() {
        return java.util.Arrays.asList(answer1, answer2, answer3, answer4);
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public ReflectionVisibility getVisibility() {
        return visibility;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
