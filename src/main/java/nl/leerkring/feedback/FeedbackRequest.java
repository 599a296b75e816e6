package nl.leerkring.feedback;

import java.time.LocalDate;
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
import nl.leerkring.instrument.Form;
import nl.leerkring.instrument.FrameworkVersion;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;
import nl.leerkring.scan.ScanMoment;

/**
 * A participant's request for feedback from one rater. The link in the rater's mail carries a
 * random token of which only the hash is kept; it opens this one form until it is submitted,
 * withdrawn or past its deadline.
 */
@Entity
@Table(name = "feedback_request")
@NamedQuery(name = FeedbackRequest.LIST_FOR_PARTICIPANT, query = """
        SELECT r FROM FeedbackRequest r WHERE r.participant.id = :person ORDER BY r.createdAt DESC, r.id DESC""")
@NamedQuery(name = FeedbackRequest.SUBMITTED_FOR_PARTICIPANT, query = """
        SELECT r FROM FeedbackRequest r WHERE r.participant.id = :person AND r.moment = :moment
          AND r.status = nl.leerkring.feedback.RequestStatus.SUBMITTED ORDER BY r.submittedAt""")
@NamedQuery(name = FeedbackRequest.COUNT_SUBMITTED_FOR_PEOPLE, query = """
        SELECT r.participant.id, COUNT(r) FROM FeedbackRequest r
        WHERE r.participant.id IN :people AND r.status = nl.leerkring.feedback.RequestStatus.SUBMITTED
        GROUP BY r.participant.id""")
@NamedQuery(name = FeedbackRequest.DUE_FOR_REMINDER, query = """
        SELECT r FROM FeedbackRequest r JOIN FETCH r.participant
        WHERE r.status IN (nl.leerkring.feedback.RequestStatus.SENT, nl.leerkring.feedback.RequestStatus.OPENED)
          AND r.remindersSent < :max AND r.lastMailAt <= :before AND r.deadline >= :today""")
public class FeedbackRequest {

    public static final String LIST_FOR_PARTICIPANT = "FeedbackRequest.listForParticipant";
    public static final String SUBMITTED_FOR_PARTICIPANT = "FeedbackRequest.submittedForParticipant";
    public static final String COUNT_SUBMITTED_FOR_PEOPLE = "FeedbackRequest.countSubmittedForPeople";
    public static final String DUE_FOR_REMINDER = "FeedbackRequest.dueForReminder";
    public static final int MESSAGE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "participant_id", nullable = false)
    private Person participant;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_role", nullable = false, length = 30)
    private RaterRole raterRole;

    @Column(name = "rater_name", nullable = false, length = Person.NAME_MAX)
    private String raterName;

    @Column(name = "rater_email", nullable = false, length = Person.EMAIL_MAX)
    private String raterEmail;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "personal_message", length = MESSAGE_MAX)
    private String personalMessage;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "anonymous", nullable = false)
    private boolean anonymous;

    /** Start or end of the track: feedback of the two rounds is compared, never mixed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "moment", nullable = false, length = 10)
    private ScanMoment moment;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 30)
    private Form form;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", nullable = false)
    private FrameworkVersion version;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private RequestStatus status = RequestStatus.SENT;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "opened_at")
    private LocalDateTime openedAt;

    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_mail_at", nullable = false)
    private LocalDateTime lastMailAt;

    @Version
    @Column(name = "version", nullable = false)
    private long lockVersion;

    protected FeedbackRequest() {
    }

    FeedbackRequest(Person participant, RaterRole role, String raterName, String raterEmail, String language,
            String message, LocalDate deadline, boolean anonymous, ScanMoment moment, FrameworkVersion version,
            LocalDateTime now) {
        if (role == null) {
            throw new BusinessException("feedback.roleRequired");
        }
        String name = Text.singleLine(raterName, Person.NAME_MAX, "field.raterName");
        if (name == null) {
            throw new BusinessException("account.nameInvalid", Person.NAME_MAX);
        }
        if (!"nl".equals(language) && !"en".equals(language)) {
            throw new BusinessException("account.languageInvalid");
        }
        if (deadline == null || !deadline.isAfter(now.toLocalDate())) {
            throw new BusinessException("feedback.deadlineInFuture");
        }
        if (deadline.isAfter(now.toLocalDate().plusYears(1))) {
            throw new BusinessException("feedback.deadlineWithinYear");
        }
        String text = Text.multiLine(message, MESSAGE_MAX, "field.personalMessage");
        this.participant = participant;
        this.raterRole = role;
        this.raterName = name;
        this.raterEmail = Person.normalizeEmail(raterEmail);
        this.language = language;
        this.personalMessage = text;
        this.deadline = deadline;
        this.anonymous = anonymous;
        this.moment = moment == null ? ScanMoment.START : moment;
        this.form = role.form();
        this.version = version;
        this.createdAt = now;
        this.lastMailAt = now;
    }

    /** Open for the rater: not submitted, not withdrawn, deadline not passed. */
    public boolean isOpen(LocalDate today) {
        return (status == RequestStatus.SENT || status == RequestStatus.OPENED) && !today.isAfter(deadline);
    }

    public boolean isExpired(LocalDate today) {
        return (status == RequestStatus.SENT || status == RequestStatus.OPENED) && today.isAfter(deadline);
    }

    void opened(LocalDateTime now) {
        if (status == RequestStatus.SENT) {
            status = RequestStatus.OPENED;
            openedAt = now;
        }
    }

    void submit(LocalDateTime now) {
        if (!isOpen(now.toLocalDate())) {
            throw new BusinessException("feedback.linkInvalid");
        }
        status = RequestStatus.SUBMITTED;
        submittedAt = now;
    }

    void withdraw() {
        if (status == RequestStatus.SUBMITTED) {
            throw new BusinessException("feedback.alreadySubmitted");
        }
        status = RequestStatus.WITHDRAWN;
    }

    /** Sent again (a withdrawn request comes back to life), the deadline moved on if it had passed. */
    void resend(LocalDate newDeadline, LocalDateTime now) {
        if (status == RequestStatus.SUBMITTED) {
            throw new BusinessException("feedback.alreadySubmitted");
        }
        status = RequestStatus.SENT;
        if (newDeadline.isAfter(deadline)) {
            deadline = newDeadline;
        }
        remindersSent = 0;
        lastMailAt = now;
    }

    void reminded(LocalDateTime now) {
        remindersSent++;
        lastMailAt = now;
    }

    public Long getId() {
        return id;
    }

    public Person getParticipant() {
        return participant;
    }

    public RaterRole getRaterRole() {
        return raterRole;
    }

    public String getRaterName() {
        return raterName;
    }

    public String getRaterEmail() {
        return raterEmail;
    }

    public String getLanguage() {
        return language;
    }

    public String getPersonalMessage() {
        return personalMessage;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public ScanMoment getMoment() {
        return moment;
    }

    public Form getForm() {
        return form;
    }

    public FrameworkVersion getVersion() {
        return version;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public LocalDateTime getSubmittedAt() {
        return submittedAt;
    }

    public int getRemindersSent() {
        return remindersSent;
    }
}
