package nl.leerkring.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.account.AccessKind;
import nl.leerkring.account.AccessLog;
import nl.leerkring.account.AccountService;
import nl.leerkring.account.LoginThrottleService;
import nl.leerkring.account.Person;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.instrument.ItemKind;
import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Role;
import nl.leerkring.platform.Texts;
import nl.leerkring.platform.Tokens;
import nl.leerkring.scan.AxisScores;
import nl.leerkring.scan.ScanMoment;
import nl.leerkring.scan.ScanService;
import nl.leerkring.scan.SelfScan;

/**
 * Feedback requests: asking, the rater's single-purpose link, answering, reminders, and the
 * participant's combined result. The result is the participant's; a cohort's facilitator sees it
 * only when the participant shares it with that cohort.
 */
@Stateless
public class FeedbackService {

    /** An answer as the rater gave it: a scale point, 0 for "kan ik niet beoordelen", or words. */
    public record Given(Integer scale, String text) {
    }

    /** The participant's picture: own scan, the roles' layers, the gaps and the comments. */
    public record Overview(Map<Integer, Double> self, FeedbackScores.Result result, List<FeedbackScores.Gap> gaps) {
    }

    public static final int MAX_REMINDERS = 2;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private AccountService accounts;
    @Inject
    private FrameworkService framework;
    @Inject
    private ScanService scans;
    @Inject
    private CohortService cohorts;
    @Inject
    private AccessLog accessLog;
    @Inject
    private Outbox outbox;
    @Inject
    private LoginThrottleService throttle;
    @Inject
    @ConfigProperty(name = "leerkring.base-url")
    private String baseUrl;
    @Inject
    @ConfigProperty(name = "leerkring.feedback.reminder-days", defaultValue = "7")
    private int reminderDays;

    // ------------------------------------------------------------------ the participant

    public FeedbackRequest ask(long participantId, RaterRole role, String name, String email, String language,
            LocalDate deadline, String message, boolean anonymous, ScanMoment moment) {
        Person participant = accounts.getPerson(participantId);
        FeedbackRequest request = new FeedbackRequest(participant, role, name, email, language, message, deadline,
                anonymous, moment, framework.current(), now());
        if (request.getRaterEmail().equals(participant.getEmail())) {
            throw new BusinessException("feedback.notYourself");
        }
        em.persist(request);
        em.flush();
        mail(request, "feedback-request", "feedback-request:" + request.getId() + ":" + now());
        return request;
    }

    public List<FeedbackRequest> listOwn(long participantId) {
        return em.createNamedQuery(FeedbackRequest.LIST_FOR_PARTICIPANT, FeedbackRequest.class)
                .setParameter("person", participantId).getResultList();
    }

    public void resend(long requestId, long participantId) {
        FeedbackRequest request = own(requestId, participantId);
        LocalDate deadline = today().plusWeeks(1);
        request.resend(deadline, now());
        mail(request, "feedback-request", "feedback-request:" + request.getId() + ":" + now());
    }

    public void withdraw(long requestId, long participantId) {
        own(requestId, participantId).withdraw();
    }

    /** The cohorts (ids) the participant shares their feedback result with. */
    public Set<Long> sharedWith(long participantId) {
        return new HashSet<>(em.createNamedQuery(FeedbackShare.COHORTS_OF_PERSON, Long.class)
                .setParameter("person", participantId).getResultList());
    }

    /** The participant shares their result with one cohort they are an accepted member of, or stops. */
    public void share(long participantId, long cohortId, boolean shared) {
        Cohort cohort = cohorts.getAsMember(cohortId, participantId);
        Optional<FeedbackShare> existing = findShare(participantId, cohortId);
        if (shared && existing.isEmpty()) {
            em.persist(new FeedbackShare(accounts.getPerson(participantId), cohort, now()));
        } else if (!shared && existing.isPresent()) {
            em.remove(existing.get());
        }
    }

    private Optional<FeedbackShare> findShare(long participantId, long cohortId) {
        return em.createNamedQuery(FeedbackShare.FIND, FeedbackShare.class)
                .setParameter("person", participantId).setParameter("cohort", cohortId)
                .getResultStream().findFirst();
    }

    /**
     * The participant's own overview for one round (start or end of the track): the feedback of
     * that round beside the newest self-scan of the same moment (or, lacking one, the newest).
     */
    public Overview overview(long participantId, ScanMoment moment) {
        return overview(participantId, scans.submittedVisibleTo(participantId, participantId), moment);
    }

    private Overview overview(long participantId, List<SelfScan> submittedScans, ScanMoment moment) {
        Map<Integer, Double> self = submittedScans.stream().filter(s -> s.getMoment() == moment).findFirst()
                .or(() -> submittedScans.stream().findFirst())
                .map(scan -> scans.result(scan).means()).orElse(Map.of());
        FeedbackScores.Result result = FeedbackScores.combine(submissions(participantId, moment));
        return new Overview(self, result, FeedbackScores.gaps(self, result.layers()));
    }

    /**
     * The overview for a facilitator of one cohort: only when the participant is an accepted member
     * of it and shared their result with it. The self-scan layer uses only scans shown to the
     * facilitator. Anything else is answered as if it did not exist.
     */
    public Overview overviewForFacilitator(long participantId, long cohortId, long facilitatorId, ScanMoment moment) {
        if (!cohorts.cohortsFacilitatedWithMember(facilitatorId, participantId).contains(cohortId)
                || findShare(participantId, cohortId).isEmpty()) {
            throw new NotFoundException();
        }
        accessLog.record(facilitatorId, Role.FACILITATOR, participantId, AccessKind.FEEDBACK_RESULT, null);
        return overview(participantId, scans.submittedVisibleTo(participantId, facilitatorId), moment);
    }

    /** Who of these members share their feedback result with this cohort. */
    public Set<Long> sharedAmong(long cohortId, List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery(FeedbackShare.PEOPLE_IN_COHORT, Long.class)
                .setParameter("cohort", cohortId).setParameter("people", personIds).getResultList());
    }

    /** How many feedback forms each person received, for the progress grid. */
    public Map<Long, Long> receivedCounts(List<Long> personIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!personIds.isEmpty()) {
            for (Object[] row : em.createNamedQuery(FeedbackRequest.COUNT_SUBMITTED_FOR_PEOPLE, Object[].class)
                    .setParameter("people", personIds).getResultList()) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    private List<FeedbackScores.Submission> submissions(long participantId, ScanMoment moment) {
        List<FeedbackRequest> submitted = em.createNamedQuery(FeedbackRequest.SUBMITTED_FOR_PARTICIPANT,
                FeedbackRequest.class).setParameter("person", participantId).setParameter("moment", moment).getResultList();
        if (submitted.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FeedbackAnswer>> answers = new HashMap<>();
        em.createNamedQuery(FeedbackAnswer.LIST_FOR_REQUESTS, FeedbackAnswer.class)
                .setParameter("requests", submitted.stream().map(FeedbackRequest::getId).toList())
                .getResultList()
                .forEach(a -> answers.computeIfAbsent(a.getRequest().getId(), k -> new ArrayList<>()).add(a));
        List<FeedbackScores.Submission> list = new ArrayList<>();
        for (FeedbackRequest request : submitted) {
            List<FeedbackAnswer> given = answers.getOrDefault(request.getId(), List.of());
            Map<String, Integer> scores = new HashMap<>();
            Map<Integer, String> feedForward = new HashMap<>();
            List<FrameworkItem> items = new ArrayList<>();
            for (FeedbackAnswer answer : given) {
                items.add(answer.getItem());
                if (answer.getAnswer() != null) {
                    scores.put(answer.getItem().getKey(), answer.getAnswer());
                }
                if (answer.getItem().getKind() == ItemKind.OPEN_QUESTION && answer.getText() != null) {
                    feedForward.put(answer.getItem().getAxisNumber(), answer.getText());
                }
            }
            list.add(new FeedbackScores.Submission(request.getRaterRole(), request.isAnonymous(), request.getRaterName(),
                    AxisScores.means(items, scores), feedForward));
        }
        return list;
    }

    private FeedbackRequest own(long requestId, long participantId) {
        FeedbackRequest request = em.find(FeedbackRequest.class, requestId);
        if (request == null || !request.getParticipant().getId().equals(participantId)) {
            throw new NotFoundException();
        }
        return request;
    }

    // ------------------------------------------------------------------ the rater

    /**
     * The open request behind a link. Unknown, used, withdrawn and expired links all answer empty,
     * and too many wrong links from one address make it wait a while
     * ({@link nl.leerkring.account.LoginThrottle.Policy#RATER_LINKS}). Changes nothing else: a
     * link scanner in a mail client fetches the link too, so "opened" is told by
     * {@link #markOpened} once a browser shows the form.
     */
    public Optional<FeedbackRequest> open(String token, String clientAddress) {
        if (throttle.raterMustWait(clientAddress)) {
            return Optional.empty();
        }
        Optional<FeedbackRequest> request = find(token);
        if (request.isEmpty()) {
            throttle.registerWrongRaterLink(clientAddress);
        }
        return request;
    }

    /** The rater's browser shows the form (a request sent by the page's script, or a save). */
    public void markOpened(String token) {
        find(token).ifPresent(request -> request.opened(now()));
    }

    private Optional<FeedbackRequest> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(FeedbackLink.FIND_BY_HASH, FeedbackLink.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream().findFirst()
                .map(FeedbackLink::getRequest)
                .filter(r -> r.isOpen(today()));
    }

    public List<FrameworkItem> items(FeedbackRequest request) {
        return framework.items(request.getVersion(), request.getForm());
    }

    /** The answers given so far, by item id. */
    public Map<Long, Given> answers(FeedbackRequest request) {
        Map<Long, Given> given = new HashMap<>();
        em.createNamedQuery(FeedbackAnswer.LIST_FOR_REQUESTS, FeedbackAnswer.class)
                .setParameter("requests", List.of(request.getId())).getResultList()
                .forEach(a -> given.put(a.getItem().getId(),
                        new Given(a.isCannotJudge() ? Integer.valueOf(0) : a.getAnswer(), a.getText())));
        return given;
    }

    /** Saves the rater's answers; with submit, every scaled item must have an answer (or "kan ik niet beoordelen"). */
    public void save(String token, Map<Long, Given> given, boolean submit) {
        FeedbackRequest request = find(token).orElseThrow(() -> new BusinessException("feedback.linkInvalid"));
        // Requests that arrive at once for the same form take turns, so none inserts an answer
        // another is inserting and each request's answers are saved as one whole.
        // (An UPDATE that changes nothing takes the row lock alike on H2 and MariaDB.)
        em.createNativeQuery("UPDATE feedback_request SET version = version WHERE id = ?")
                .setParameter(1, request.getId())
                .executeUpdate();
        em.refresh(request);
        if (!request.isOpen(today())) {
            throw new BusinessException("feedback.linkInvalid");
        }
        request.opened(now());
        Map<Long, FeedbackAnswer> existing = new HashMap<>();
        em.createNamedQuery(FeedbackAnswer.LIST_FOR_REQUESTS, FeedbackAnswer.class)
                .setParameter("requests", List.of(request.getId())).getResultList()
                .forEach(a -> existing.put(a.getItem().getId(), a));
        int unanswered = 0;
        for (FrameworkItem item : items(request)) {
            Given answer = given.get(item.getId());
            boolean has = answer != null && (item.isScaled() ? answer.scale() != null : answer.text() != null);
            if (!has) {
                if (item.isScaled() && (existing.get(item.getId()) == null)) {
                    unanswered++;
                }
                continue;
            }
            FeedbackAnswer stored = existing.get(item.getId());
            if (stored == null) {
                stored = new FeedbackAnswer(request, item);
                em.persist(stored);
            }
            if (item.isScaled()) {
                stored.scale(answer.scale());
            } else {
                stored.text(answer.text());
            }
        }
        if (submit) {
            if (unanswered > 0) {
                throw new BusinessException("feedback.incomplete", unanswered);
            }
            request.submit(now());
        }
    }

    /** Which of these participants asked any rater for feedback, in one query (for the self-scan nudge). */
    public Set<Long> askedAnyRaterAmong(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "SELECT DISTINCT r.participant.id FROM FeedbackRequest r WHERE r.participant.id IN :people", Long.class)
                .setParameter("people", personIds).getResultList());
    }

    // ------------------------------------------------------------------ reminders

    /**
     * Queues a reminder for every open request whose last mail is older than the configured
     * number of days, at most twice. The conditional update makes sure only one app instance
     * sends each reminder.
     */
    public int queueReminders() {
        LocalDateTime now = now();
        int queued = 0;
        for (FeedbackRequest request : em.createNamedQuery(FeedbackRequest.DUE_FOR_REMINDER, FeedbackRequest.class)
                .setParameter("max", MAX_REMINDERS)
                .setParameter("before", now.minusDays(reminderDays))
                .setParameter("today", today())
                .getResultList()) {
            int claimed = em.createQuery("""
                            UPDATE FeedbackRequest r SET r.remindersSent = r.remindersSent + 1, r.lastMailAt = :now
                            WHERE r.id = :id AND r.remindersSent = :sent""")
                    .setParameter("now", now)
                    .setParameter("id", request.getId())
                    .setParameter("sent", request.getRemindersSent())
                    .executeUpdate();
            if (claimed == 1) {
                mail(request, "feedback-reminder", "feedback-reminder:" + request.getId() + ":" + (request.getRemindersSent() + 1));
                queued++;
            }
        }
        return queued;
    }

    // ------------------------------------------------------------------ mail

    private void mail(FeedbackRequest request, String template, String key) {
        String token = Tokens.newToken();
        em.persist(new FeedbackLink(request, Tokens.hash(token), now()));
        Locale locale = Texts.forLanguage(request.getLanguage());
        Map<String, String> values = new HashMap<>();
        values.put("name", request.getRaterName());
        values.put("participant", request.getParticipant().getDisplayName());
        values.put("deadline", request.getDeadline().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
        values.put("link", baseUrl.replaceAll("/+$", "") + "/feedback/give.xhtml?token=" + token);
        values.put("message", request.getPersonalMessage() == null ? "" : request.getPersonalMessage());
        values.put("visibility", Texts.get(locale, request.isAnonymous() ? "feedback.mail.anonymous" : "feedback.mail.named",
                request.getParticipant().getDisplayName(), FeedbackScores.ANONYMITY_THRESHOLD));
        outbox.queue(key, request.getRaterEmail(), request.getRaterName(), locale, template, values, true);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return now().toLocalDate();
    }
}
