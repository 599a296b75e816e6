package nl.leerkring.learning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

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
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Text;

/**
 * The notes of a collegial feedback conversation of a duo, following the seed-000 guide step by
 * step: A (the interviewer) and B (the narrator) are the two partners. The notes are the duo's:
 * both partners read and change them, nobody else.
 */
@Entity
@Table(name = "collegial_conversation")
@NamedQuery(name = CollegialConversation.LIST_FOR_DUO, query = """
        SELECT c FROM CollegialConversation c JOIN FETCH c.interviewer JOIN FETCH c.narrator
        WHERE c.duo.id = :duo ORDER BY c.heldOn DESC, c.id DESC""")
public class CollegialConversation {

    public static final String LIST_FOR_DUO = "CollegialConversation.listForDuo";
    public static final int NOTES_MAX = 2000;
    /** A conversation's date lies within two years of today: not in 1026 or 2099 by a slip of the keys. */
    public static final int DATE_YEARS_AROUND = 2;

    /** The notes per step of the guide; empty steps are allowed (not every question fits every story). */
    public record Notes(String checkIn, String opening, String followUp, String deepening, String check,
            String closingInsights, String actions) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "duo_id", nullable = false)
    private Duo duo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "interviewer_id", nullable = false)
    private Person interviewer;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "narrator_id", nullable = false)
    private Person narrator;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(name = "check_in", length = NOTES_MAX)
    private String checkIn;

    @Column(name = "opening", length = NOTES_MAX)
    private String opening;

    @Column(name = "follow_up", length = NOTES_MAX)
    private String followUp;

    @Column(name = "deepening", length = NOTES_MAX)
    private String deepening;

    @Column(name = "check_step", length = NOTES_MAX)
    private String checkStep;

    @Column(name = "closing_insights", length = NOTES_MAX)
    private String closingInsights;

    @Column(name = "actions", length = NOTES_MAX)
    private String actions;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by", nullable = false)
    private Person createdBy;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long lockVersion;

    protected CollegialConversation() {
    }

    CollegialConversation(Duo duo, Person creator, LocalDateTime now) {
        this.duo = Objects.requireNonNull(duo);
        if (!duo.includes(creator.getId())) {
            throw new NotFoundException();
        }
        this.createdBy = creator;
        this.updatedAt = now;
    }

    /** Records who is A and B, when it was held and the notes; only a partner of the duo does. */
    void record(long actorId, long interviewerId, LocalDate held, Notes notes, LocalDateTime now) {
        if (!duo.includes(actorId)) {
            throw new NotFoundException();
        }
        if (!duo.includes(interviewerId)) {
            throw new BusinessException("learning.conversationInterviewerRequired");
        }
        if (held == null) {
            throw new BusinessException("learning.conversationDateRequired");
        }
        // Only a changed date is checked, so the notes of an old conversation can still be corrected.
        LocalDate today = now.toLocalDate();
        if (!held.equals(heldOn)
                && (held.isBefore(today.minusYears(DATE_YEARS_AROUND)) || held.isAfter(today.plusYears(DATE_YEARS_AROUND)))) {
            throw new BusinessException("learning.conversationDateRange", DATE_YEARS_AROUND);
        }
        this.interviewer = duo.getPersonA().getId() == interviewerId ? duo.getPersonA() : duo.getPersonB();
        this.narrator = duo.partnerOf(interviewerId);
        this.heldOn = held;
        this.checkIn = optional(notes.checkIn());
        this.opening = optional(notes.opening());
        this.followUp = optional(notes.followUp());
        this.deepening = optional(notes.deepening());
        this.checkStep = optional(notes.check());
        this.closingInsights = optional(notes.closingInsights());
        this.actions = optional(notes.actions());
        this.updatedAt = now;
    }

    private static String optional(String value) {
        return Text.multiLine(value, NOTES_MAX, "field.conversationNotes");
    }

    public Notes notes() {
        return new Notes(checkIn, opening, followUp, deepening, checkStep, closingInsights, actions);
    }

    /** The notes of one step of the guide. */
    public String notesOf(ConversationGuide.Step step) {
        return switch (step) {
            case CHECK_IN -> checkIn;
            case OPENING -> opening;
            case FOLLOW_UP -> followUp;
            case DEEPENING -> deepening;
            case CHECK -> checkStep;
            case CLOSING_INSIGHTS -> closingInsights;
            case ACTIONS -> actions;
        };
    }

    public Long getId() {
        return id;
    }

    public Duo getDuo() {
        return duo;
    }

    public Person getInterviewer() {
        return interviewer;
    }

    public Person getNarrator() {
        return narrator;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public Person getCreatedBy() {
        return createdBy;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
