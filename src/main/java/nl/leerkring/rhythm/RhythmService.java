package nl.leerkring.rhythm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.cohort.AttendanceStatus;
import nl.leerkring.cohort.CheckedCohort;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.feedback.FeedbackService;
import nl.leerkring.learning.PracticePlanService;
import nl.leerkring.learning.ReflectionService;
import nl.leerkring.mail.Outbox;
import nl.leerkring.mail.OutboxMail;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.rhythm.RhythmRules.CohortFacts;
import nl.leerkring.rhythm.RhythmRules.Reminder;
import nl.leerkring.scan.ScanService;

/**
 * The rhythm of one cohort: gathers its facts with a fixed number of queries (however many people),
 * hands them to {@link RhythmRules}, and offers its facilitators the settings, the upcoming mails
 * (skip one, send one now) and the cohort's mail log.
 */
@Stateless
public class RhythmService {

    /** How many mails the cohort's log shows. */
    public static final int LOG_SHOWN = 200;
    /** A cohort is looked at from this many days before its first meeting to this many after its last. */
    static final int MARGIN_DAYS = RhythmSettings.SCAN_NUDGE_DAYS_MAX + RhythmRules.LAST_REFLECTION_WINDOW_DAYS
            + RhythmSettings.REFLECTION_DAYS_MAX + RhythmSettings.MEETING_REMINDER_DAYS_MAX;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private PracticePlanService plans;
    @Inject
    private ReflectionService reflections;
    @Inject
    private ScanService scans;
    @Inject
    private FeedbackService feedback;
    @Inject
    private Outbox outbox;
    @Inject
    private RhythmMailer mailer;
    @Inject
    @ConfigProperty(name = "leerkring.time-zone", defaultValue = "Europe/Amsterdam")
    private String timeZone;

    /** What the facilitator's page shows. */
    public record Upcoming(Cohort cohort, RhythmSettings.Values settings, List<Reminder> reminders) {
    }

    // ------------------------------------------------------------------ the job

    /** The cohorts whose meetings are near enough now for a reminder, in one query. */
    public List<Long> cohortsToCheck() {
        LocalDateTime now = LocalDateTime.now(clock.withZone(zone()));
        return em.createQuery("""
                        SELECT m.cohort.id FROM Meeting m GROUP BY m.cohort.id
                        HAVING MIN(m.startsAt) <= :late AND MAX(m.startsAt) >= :early""", Long.class)
                .setParameter("late", now.plusDays(MARGIN_DAYS))
                .setParameter("early", now.minusDays(MARGIN_DAYS))
                .getResultList();
    }

    /** The reminders of one cohort to send now. */
    public record Due(String cohortName, List<Reminder> reminders) {
    }

    /** The reminders of a cohort to send now. */
    public Due dueNow(long cohortId) {
        return cohorts.forJob(cohortId)
                .map(cohort -> new Due(cohort.cohort().getName(),
                        RhythmRules.dueNow(facts(cohort), zone(), clock.instant(), doneKeys(cohortId))))
                .orElseGet(() -> new Due("", List.of()));
    }

    // ------------------------------------------------------------------ the facilitator

    public Upcoming upcoming(long cohortId, long actorId) {
        CheckedCohort cohort = cohorts.checkToManage(cohortId, actorId);
        CohortFacts facts = facts(cohort);
        return new Upcoming(cohort.cohort(), facts.settings(),
                RhythmRules.upcoming(facts, zone(), clock.instant(), doneKeys(cohortId)));
    }

    public void saveSettings(long cohortId, RhythmSettings.Values values, long actorId) {
        cohorts.getToManage(cohortId, actorId);
        RhythmSettings settings = em.find(RhythmSettings.class, cohortId);
        if (settings == null) {
            em.persist(new RhythmSettings(cohortId, values, now()));
        } else {
            settings.change(values, now());
        }
    }

    /** Records that an upcoming reminder is not to be sent; the job passes it by. */
    public void skip(long cohortId, String key, long actorId) {
        upcomingOne(cohortId, key, actorId);
        em.persist(new RhythmSkip(cohortId, key, actorId, now()));
    }

    /** Queues an upcoming reminder at once, under the key the job would use: it goes out once. */
    public void sendNow(long cohortId, String key, long actorId) {
        Reminder reminder = upcomingOne(cohortId, key, actorId);
        mailer.queue(cohortId, em.find(Cohort.class, cohortId).getName(), reminder);
    }

    public List<OutboxMail> log(long cohortId, long actorId) {
        cohorts.getToManage(cohortId, actorId);
        return outbox.latestForCohort(cohortId, LOG_SHOWN);
    }

    public Cohort cohortToManage(long cohortId, long actorId) {
        return cohorts.getToManage(cohortId, actorId);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private Reminder upcomingOne(long cohortId, String key, long actorId) {
        return upcoming(cohortId, actorId).reminders().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    // ------------------------------------------------------------------ facts

    RhythmSettings.Values settings(long cohortId) {
        RhythmSettings settings = em.find(RhythmSettings.class, cohortId);
        return settings == null ? RhythmSettings.Values.DEFAULTS : settings.values();
    }

    /** The mails queued for the cohort and the reminders skipped: neither is sent (again). */
    private Set<String> doneKeys(long cohortId) {
        Set<String> done = new HashSet<>(outbox.keysForCohort(cohortId));
        done.addAll(em.createNamedQuery(RhythmSkip.KEYS_FOR_COHORT, String.class)
                .setParameter("cohort", cohortId).getResultList());
        return done;
    }

    private CohortFacts facts(CheckedCohort checked) {
        Cohort cohort = checked.cohort();
        long cohortId = checked.id();
        List<RhythmRules.MeetingFact> meetings = meetingService.meetings(cohort).stream()
                .map(m -> new RhythmRules.MeetingFact(m.getId(), m.getNumber(), m.getStartsAt(), m.isCancelled())).toList();
        List<RhythmRules.MemberFact> members = cohorts.members(cohort).stream()
                .map(m -> m.getPerson())
                .filter(p -> !p.isDisabled())
                .map(p -> new RhythmRules.MemberFact(p.getId(), p.getDisplayName(), p.getEmail(), p.getLanguage()))
                .toList();
        List<Long> people = members.stream().map(RhythmRules.MemberFact::personId).toList();
        List<RhythmRules.PlanFact> planFacts = plans.forCohort(checked).stream()
                .map(p -> new RhythmRules.PlanFact(p.getMeeting().getId(), p.getPerson().getId(), p.getQuestion(),
                        p.isReported()))
                .toList();
        Set<String> present = new HashSet<>();
        meetingService.attendance(cohort).stream()
                .filter(a -> a.getStatus() == AttendanceStatus.PRESENT || a.getStatus() == AttendanceStatus.LATE)
                .forEach(a -> present.add(a.getMeeting().getId() + ":" + a.getPerson().getId()));
        return new CohortFacts(cohortId, cohort.getName(), settings(cohortId), meetings, members, planFacts, present,
                reflections.submittedPairs(checked), scans.submittedAmong(checked, people),
                feedback.askedAnyRaterAmong(checked, people));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    Instant instant() {
        return clock.instant();
    }
}
