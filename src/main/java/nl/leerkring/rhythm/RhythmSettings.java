package nl.leerkring.rhythm;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.leerkring.platform.BusinessException;

/** A cohort's choices for its reminders; a cohort without a row uses {@link Values#DEFAULTS}. */
@Entity
@Table(name = "rhythm_settings")
public class RhythmSettings {

    public static final int DAYS_MIN = 1;
    public static final int REFLECTION_DAYS_MAX = 14;
    public static final int SCAN_NUDGE_DAYS_MAX = 28;
    public static final int MEETING_REMINDER_DAYS_MAX = 14;

    /** The settings as values, checked. */
    public record Values(boolean halfwayOn, boolean reflectionOn, int reflectionDays, boolean scanNudgeOn,
            int scanNudgeDays, boolean meetingReminderOn, int meetingReminderDays) {

        /**
         * Halfway on; reflection two days after a meeting; the nudge a week before the start meeting;
         * the meeting reminder three days before each meeting.
         */
        public static final Values DEFAULTS = new Values(true, true, 2, true, 7, true, 3);

        public Values {
            if (reflectionDays < DAYS_MIN || reflectionDays > REFLECTION_DAYS_MAX) {
                throw new BusinessException("rhythm.settings.reflectionDaysRange", DAYS_MIN, REFLECTION_DAYS_MAX);
            }
            if (scanNudgeDays < DAYS_MIN || scanNudgeDays > SCAN_NUDGE_DAYS_MAX) {
                throw new BusinessException("rhythm.settings.scanNudgeDaysRange", DAYS_MIN, SCAN_NUDGE_DAYS_MAX);
            }
            if (meetingReminderDays < DAYS_MIN || meetingReminderDays > MEETING_REMINDER_DAYS_MAX) {
                throw new BusinessException("rhythm.settings.meetingReminderDaysRange", DAYS_MIN, MEETING_REMINDER_DAYS_MAX);
            }
        }
    }

    @Id
    @Column(name = "cohort_id")
    private Long cohortId;

    @Column(name = "halfway_on", nullable = false)
    private boolean halfwayOn;

    @Column(name = "reflection_on", nullable = false)
    private boolean reflectionOn;

    @Column(name = "reflection_days", nullable = false)
    private int reflectionDays;

    @Column(name = "scan_nudge_on", nullable = false)
    private boolean scanNudgeOn;

    @Column(name = "scan_nudge_days", nullable = false)
    private int scanNudgeDays;

    @Column(name = "meeting_reminder_on", nullable = false)
    private boolean meetingReminderOn;

    @Column(name = "meeting_reminder_days", nullable = false)
    private int meetingReminderDays;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RhythmSettings() {
    }

    RhythmSettings(long cohortId, Values values, LocalDateTime now) {
        this.cohortId = cohortId;
        change(values, now);
    }

    void change(Values values, LocalDateTime now) {
        this.halfwayOn = values.halfwayOn();
        this.reflectionOn = values.reflectionOn();
        this.reflectionDays = values.reflectionDays();
        this.scanNudgeOn = values.scanNudgeOn();
        this.scanNudgeDays = values.scanNudgeDays();
        this.meetingReminderOn = values.meetingReminderOn();
        this.meetingReminderDays = values.meetingReminderDays();
        this.updatedAt = now;
    }

    public Values values() {
        return new Values(halfwayOn, reflectionOn, reflectionDays, scanNudgeOn, scanNudgeDays, meetingReminderOn,
                meetingReminderDays);
    }

    public Long getCohortId() {
        return cohortId;
    }
}
