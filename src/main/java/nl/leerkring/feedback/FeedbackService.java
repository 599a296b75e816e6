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

import nl.leerkring.account.AccountService;
import nl.leerkring.account.LoginThrottleService;
import nl.leerkring.account.Person;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.instrument.ItemKind;
import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Texts;
import nl.leerkring.platform.Tokens;
import nl.leerkring.scan.AxisScores;
import nl.leerkring.scan.ScanMoment;
import nl.leerkring.scan.ScanService;
import nl.leerkring.scan.SelfScan;

/**
 * Feedback requests: asking, the rater's single-purpose link, answering, reminders, and the
 * participant's combined result. The result is the participant's; their facilitator sees it only
 * when the participant shares it.
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
    /**
     * Wrong rater links one network address may try in 15 minutes. Higher than for logins: a
     * whole school may share one address, and a token of 256 bits cannot be guessed anyway.
     */
    public static final int MAX_WRONG_LINKS = 30;

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

    public boolean isShared(long participantId) {
        return em.find(FeedbackSharing.class, participantId) != null;
    }

    public void share(long participantId, boolean shared) {
        FeedbackSharing existing = em.find(FeedbackSharing.class, participantId);
        if (shared && existing == null) {
            em.persist(new FeedbackSharing(accounts.getPerson(participantId), now()));
        } else if (!shared && existing != null) {
            em.remove(existing);
        }
    }

    /**
     * The participant's own overview for one round (start or end of the track): the feedback of
     * that round beside the newest self-scan of the same moment (or, lacking one, the newest).
     */
    public Overview overview(long participantId, ScanMoment moment) {
        List<SelfScan> submittedScans = scans.listOwn(participantId).stream().filter(SelfScan::isSubmitted).toList();
        Map<Integer, Double> self = submittedScans.stream().filter(s -> s.getMoment() == moment).findFirst()
                .or(() -> submittedScans.stream().findFirst())
                .map(scan -> scans.result(scan).means()).orElse(Map.of());
        FeedbackScores.Result result = FeedbackScores.combine(submissions(participantId, moment));
        return new Overview(self, result, FeedbackScores.gaps(self, result.layers()));
    }

    /** The overview for a facilitator: only when the participant shared it and is in their cohort. */
    public Overview overviewForFacilitator(long participantId, long facilitatorId, ScanMoment moment) {
        if (!isShared(participantId) || !cohorts.facilitatesMemberOf(facilitatorId, participantId)) {
            throw new NotFoundException();
        }
        return overview(participantId, moment);
    }

    /** Who of these people share their feedback result with their facilitator. */
    public Set<Long> sharedAmong(List<Long> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "SELECT s.personId FROM FeedbackSharing s WHERE s.personId IN :people", Long.class)
                .setParameter("people", personIds).getResultList());
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
     * The open request behind a link, marked as opened. Unknown, used, withdrawn and expired links
     * all answer empty, and too many wrong links from one address lock it for a while.
     */
    public Optional<FeedbackRequest> open(String token, String clientAddress) {
        String key = "rater:" + clientAddress;
        if (throttle.isLocked(key)) {
            return Optional.empty();
        }
        Optional<FeedbackRequest> request = find(token);
        if (request.isEmpty()) {
            throttle.registerFailure(key, MAX_WRONG_LINKS);
            return Optional.empty();
        }
        request.get().opened(now());
        return request;
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
