package nl.leerkring.rhythm;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.cohort.MeetingMails;
import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.Links;
import nl.leerkring.platform.Texts;
import nl.leerkring.rhythm.RhythmRules.Reminder;

/** Turns a reminder into a mail in the outbox, in the recipient's language, under its idempotency key. */
@Stateless
public class RhythmMailer {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Outbox outbox;
    @Inject
    private MeetingMails meetingMails;
    @Inject
    private Links links;

    /**
     * The job's way in: each reminder in a transaction of its own, so a second instance that queued
     * the same key first (the unique key refuses this one) costs only this reminder. Answers whether
     * it was queued now.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean queueAlone(long cohortId, String cohortName, Reminder reminder) {
        boolean skipped = !em.createQuery("SELECT s.id FROM RhythmSkip s WHERE s.idempotencyKey = :key", Long.class)
                .setParameter("key", reminder.key()).getResultList().isEmpty();
        return !skipped && queue(cohortId, cohortName, reminder);
    }

    /** Queues the reminder's mail in the caller's transaction; false when its key was queued before. */
    public boolean queue(long cohortId, String cohortName, Reminder reminder) {
        if (reminder.kind() == ReminderKind.MEETING_REMINDER) {
            // What to prepare is the meeting's own business: homework, theory, the person's open plans.
            return meetingMails.queueReminder(reminder.key(), reminder.meeting().id(), reminder.member().personId());
        }
        Locale locale = Texts.forLanguage(reminder.member().language());
        Map<String, String> values = new HashMap<>();
        values.put("name", reminder.member().name());
        values.put("cohort", cohortName);
        values.put("meeting", String.valueOf(reminder.meeting().number()));
        values.put("meetingAt", format(reminder.meeting().startsAt(), locale));
        switch (reminder.kind()) {
            case HALFWAY -> {
                values.put("next", String.valueOf(reminder.nextMeeting().number()));
                values.put("nextAt", format(reminder.nextMeeting().startsAt(), locale));
                values.put("plan", reminder.planQuestion() == null ? "" : reminder.planQuestion());
                values.put("link", links.to("/learning/plans.xhtml"));
            }
            case REFLECTION -> values.put("link", links.to("/learning/reflect.xhtml?meeting=" + reminder.meeting().id()));
            case SCAN_NUDGE -> {
                values.put("scanLink", links.to("/scan/mine.xhtml"));
                values.put("feedbackLink", links.to("/feedback/mine.xhtml"));
            }
            case MEETING_REMINDER -> throw new IllegalStateException("written by MeetingMails");
        }
        return outbox.queue(reminder.key(), reminder.member().email(), reminder.member().name(), locale,
                reminder.kind().template(), values, false, cohortId);
    }

    /** A meeting's wall-clock time as the recipient reads it ("dinsdag 3 maart 2026 om 15:00"). */
    static String format(LocalDateTime wallClock, Locale locale) {
        return wallClock.format(DateTimeFormatter.ofPattern(Texts.get(locale, "rhythm.mail.dateTime"), locale));
    }

    static String format(java.time.Instant instant, ZoneId zone, Locale locale) {
        return format(LocalDateTime.ofInstant(instant, zone), locale);
    }
}
