package nl.leerkring.cohort;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;

/**
 * One of the six meetings of a cohort, three hours by default. Meeting 1 is the start meeting;
 * the others are work meetings with the fixed agenda: terugblik, onderzoekende dialoog
 * (verkennen, verdiepen), samen ontwerpen, evaluatie. The facilitator prepares each part and
 * records the agreed homework and notes afterwards. Times are local wall-clock times.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = Meeting.LIST_FOR_COHORT,
        query = "SELECT m FROM Meeting m WHERE m.cohort.id = :cohort ORDER BY m.number")
@NamedQuery(name = Meeting.LIST_FOR_COHORTS,
        query = "SELECT m FROM Meeting m JOIN FETCH m.cohort WHERE m.cohort.id IN :cohorts ORDER BY m.cohort.id, m.number")
@NamedQuery(name = Meeting.COUNT_COHORTS_WITH_MEETING_AFTER,
        query = "SELECT COUNT(DISTINCT m.cohort.id) FROM Meeting m WHERE m.startsAt > :now")
@NamedQuery(name = Meeting.LIST_STARTING_BETWEEN, query = """
        SELECT m FROM Meeting m JOIN FETCH m.cohort WHERE m.startsAt > :from AND m.startsAt <= :until
        ORDER BY m.cohort.id, m.number""")
public class Meeting {

    public static final String LIST_STARTING_BETWEEN = "Meeting.listStartingBetween";
    public static final String LIST_FOR_COHORT = "Meeting.listForCohort";
    public static final String LIST_FOR_COHORTS = "Meeting.listForCohorts";
    public static final String COUNT_COHORTS_WITH_MEETING_AFTER = "Meeting.countCohortsWithMeetingAfter";
    public static final int LOCATION_MAX = 200;
    public static final int LINK_MAX = 500;
    public static final int TEXT_MAX = 10_000;
    public static final int CANCEL_REASON_MAX = 500;
    public static final int DURATION_MIN = 30;
    public static final int DURATION_MAX = 8 * 60;
    /** A meeting lies from three months before its cohort's start date to two years after it. */
    public static final int MONTHS_BEFORE_START = 3;
    public static final int YEARS_AFTER_START = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "meeting_number", nullable = false)
    private int number;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "location", length = LOCATION_MAX)
    private String location;

    @Column(name = "online_link", length = LINK_MAX)
    private String onlineLink;

    /**
     * The iCalendar SEQUENCE of the meeting's invitation: raised whenever its date, time, duration,
     * place or online link changes (the UID stays), so calendar apps move the meeting instead of adding one.
     */
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    /** When the facilitator cancelled the meeting; null while it takes place. */
    @Column(name = "cancelled_at")
    private LocalDateTime cancelledAt;

    @Column(name = "cancel_reason", length = CANCEL_REASON_MAX)
    private String cancelReason;

    /** The facilitator's preparation, before the meeting; null (no column filled) until it is prepared. */
    @Embedded
    private Agenda agenda;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "homework")
    private String homework;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "notes")
    private String notes;

    protected Meeting() {
    }

    Meeting(Cohort cohort, int number, LocalDateTime startsAt) {
        if (number < 1 || number > MeetingSchedule.MEETINGS) {
            throw new BusinessException("schedule.sixMeetings");
        }
        this.cohort = cohort;
        this.number = number;
        this.startsAt = startsAt;
        this.durationMinutes = MeetingSchedule.DEFAULT_DURATION_MINUTES;
    }

    void reschedule(LocalDateTime newStart, int newDurationMinutes, String newLocation, String newOnlineLink) {
        if (newStart == null) {
            throw new BusinessException("meeting.startRequired", number);
        }
        if (newDurationMinutes < DURATION_MIN || newDurationMinutes > DURATION_MAX) {
            throw new BusinessException("meeting.durationInvalid", number);
        }
        checkDate(cohort, number, newStart);
        String checkedLocation = Text.singleLine(newLocation, LOCATION_MAX, "field.location");
        String link = Text.singleLine(newOnlineLink, LINK_MAX, "field.onlineLink");
        if (link != null && !link.matches("https://\\S+")) {
            throw new BusinessException("meeting.linkInvalid", LINK_MAX);
        }
        boolean changed = !newStart.equals(startsAt) || newDurationMinutes != durationMinutes
                || !Objects.equals(checkedLocation, location) || !Objects.equals(link, onlineLink);
        this.startsAt = newStart;
        this.durationMinutes = newDurationMinutes;
        this.location = checkedLocation;
        this.onlineLink = link;
        if (changed) {
            calendarSequence++;
            if (isCancelled()) {
                // Planned again on a new date, time or place: it takes place after all (a new REQUEST).
                cancelledAt = null;
                cancelReason = null;
            }
        }
    }

    /**
     * Cancels a meeting that has not begun, with a reason the participants read; the SEQUENCE is
     * raised so calendar apps take the cancellation over the invitation. The meeting keeps its number
     * (a cohort has six) and can be planned again on a new date.
     */
    void cancel(String reason, LocalDateTime localNow, LocalDateTime now) {
        if (isCancelled()) {
            throw new BusinessException("meeting.alreadyCancelled", number);
        }
        if (hasStarted(localNow)) {
            throw new BusinessException("meeting.cancelPast", number);
        }
        this.cancelReason = Text.requiredSingleLine(reason, CANCEL_REASON_MAX, "meeting.cancel.reason");
        this.cancelledAt = now;
        calendarSequence++;
    }

    /** A meeting of this cohort may lie on this day: not in 1026 or 2099 by a slip of the keys. */
    static void checkDate(Cohort cohort, int number, LocalDateTime start) {
        LocalDate earliest = cohort.getStartDate().minusMonths(MONTHS_BEFORE_START);
        LocalDate latest = cohort.getStartDate().plusYears(YEARS_AFTER_START);
        LocalDate day = start.toLocalDate();
        if (day.isBefore(earliest) || day.isAfter(latest)) {
            throw new BusinessException("meeting.dateRange", number, earliest.toString(), latest.toString());
        }
    }

    /** The facilitator's preparation of the agenda parts, before the meeting. */
    void prepare(Agenda prepared) {
        this.agenda = Objects.requireNonNull(prepared);
    }

    /** What was agreed, after the meeting. */
    void recordOutcome(String agreedHomework, String meetingNotes) {
        String checkedHomework = Text.multiLine(agreedHomework, TEXT_MAX, "meeting.outcome.homework");
        String checkedNotes = Text.multiLine(meetingNotes, TEXT_MAX, "meeting.outcome.notes");
        this.homework = checkedHomework;
        this.notes = checkedNotes;
    }

    public boolean isCancelled() {
        return cancelledAt != null;
    }

    public LocalDateTime getCancelledAt() {
        return cancelledAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public boolean isStartMeeting() {
        return number == 1;
    }

    /**
     * Whether the meeting has begun at this wall-clock time (it is held from its start on): only then
     * is there attendance to note, a plan or a reflection to write, a summary to send.
     */
    public boolean hasStarted(LocalDateTime localNow) {
        return !startsAt.isAfter(localNow);
    }

    /** Whether the meeting is over at this wall-clock time: from its end on. */
    public boolean hasEnded(LocalDateTime localNow) {
        return !getEndsAt().isAfter(localNow);
    }

    /** The last of these meetings that has started by {@code localNow}, by number. */
    public static Optional<Meeting> lastStarted(List<Meeting> meetings, LocalDateTime localNow) {
        return meetings.stream().filter(m -> m.hasStarted(localNow)).max(Comparator.comparingInt(Meeting::getNumber));
    }

    /**
     * Attendance is what happened: for a meeting still to come it would count as missed in the progress
     * grid, so it is refused until the meeting has begun.
     */
    public void checkAttendanceCanBeRecorded(LocalDateTime localNow) {
        if (!hasStarted(localNow)) {
            throw new BusinessException("meeting.attendanceNotYet", number);
        }
    }

    public LocalDateTime getEndsAt() {
        return startsAt.plusMinutes(durationMinutes);
    }

    public CyclePosition.Slot slot() {
        return new CyclePosition.Slot(startsAt, getEndsAt());
    }

    public Long getId() {
        return id;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public int getNumber() {
        return number;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getLocation() {
        return location;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    /** The prepared agenda; every part empty while nothing is prepared. */
    public Agenda getAgenda() {
        return agenda == null ? Agenda.EMPTY : agenda;
    }

    public String getHomework() {
        return homework;
    }

    public String getNotes() {
        return notes;
    }

    /**
     * The agenda of a work meeting as the facilitator prepares it (DESIGN §2): terugblik,
     * onderzoekende dialoog (verkennen, verdiepen), samen ontwerpen, evaluatie, and the theory to
     * read for it. Every part is optional and at most {@link Meeting#TEXT_MAX} characters.
     */
    @Embeddable
    public static class Agenda {

        static final Agenda EMPTY = new Agenda();

        @Lob
        @Basic(fetch = FetchType.EAGER)
        @Column(name = "prep_review")
        private String review;

        @Lob
        @Basic(fetch = FetchType.EAGER)
        @Column(name = "prep_dialogue")
        private String dialogue;

        @Lob
        @Basic(fetch = FetchType.EAGER)
        @Column(name = "prep_deepening")
        private String deepening;

        @Lob
        @Basic(fetch = FetchType.EAGER)
        @Column(name = "prep_design")
        private String design;

        @Lob
        @Basic(fetch = FetchType.EAGER)
        @Column(name = "prep_evaluation")
        private String evaluation;

        @Lob
        @Basic(fetch = FetchType.EAGER)
        @Column(name = "theory")
        private String theory;

        protected Agenda() {
        }

        public Agenda(String review, String dialogue, String deepening, String design, String evaluation,
                String theory) {
            this.review = Text.multiLine(review, TEXT_MAX, "meeting.part.review");
            this.dialogue = Text.multiLine(dialogue, TEXT_MAX, "meeting.part.dialogue");
            this.deepening = Text.multiLine(deepening, TEXT_MAX, "meeting.part.deepening");
            this.design = Text.multiLine(design, TEXT_MAX, "meeting.part.design");
            this.evaluation = Text.multiLine(evaluation, TEXT_MAX, "meeting.part.evaluation");
            this.theory = Text.multiLine(theory, TEXT_MAX, "meeting.part.theory");
        }

        /** Terugblik: looking back on the homework and the practice since the last meeting. */
        public String getReview() {
            return review;
        }

        /** Onderzoekende dialoog, verkennen. */
        public String getDialogue() {
            return dialogue;
        }

        /** Onderzoekende dialoog, verdiepen. */
        public String getDeepening() {
            return deepening;
        }

        /** Samen ontwerpen. */
        public String getDesign() {
            return design;
        }

        public String getEvaluation() {
            return evaluation;
        }

        /** The theory the participants read before the meeting. */
        public String getTheory() {
            return theory;
        }
    }
}
