package nl.leerkring.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.account.LoginThrottleService;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Links;
import nl.leerkring.platform.Texts;
import nl.leerkring.platform.TokenLookup;
import nl.leerkring.platform.Tokens;

/**
 * The rater's side of a feedback request: the mailed single-purpose link, the form it opens, the
 * answers and their submission, and the reminders. A rater has no account; the link is all they
 * have, so everything here is reached by its token.
 */
@Stateless
public class RaterService {

    private static final Logger LOG = Logger.getLogger(RaterService.class.getName());

    /** An answer as the rater gave it: a scale point, 0 for "kan ik niet beoordelen", or words. */
    public record Given(Integer scale, String text) {
    }

    public static final int MAX_REMINDERS = 2;

    @PersistenceContext
    private EntityManager em;
    @Resource
    private SessionContext context;
    @Inject
    private Clock clock;
    @Inject
    private FrameworkService framework;
    @Inject
    private Outbox outbox;
    @Inject
    private LoginThrottleService throttle;
    @Inject
    private Links links;
    @Inject
    @ConfigProperty(name = "leerkring.feedback.reminder-days", defaultValue = "7")
    private int reminderDays;

    // ------------------------------------------------------------------ the form

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
        return TokenLookup.find(em, FeedbackLink.FIND_BY_HASH, FeedbackLink.class, token)
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

    // ------------------------------------------------------------------ reminders

    /**
     * Queues a reminder for every open request whose last mail is older than the configured
     * number of days, at most twice. Each reminder in a transaction of its own, claimed by a
     * conditional update of the request's count: two app instances running this at once send each
     * reminder once, and one waits for the other's row only as long as one reminder takes.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int queueReminders() {
        RaterService self = context.getBusinessObject(RaterService.class);
        int queued = 0;
        for (FeedbackRequest request : em.createNamedQuery(FeedbackRequest.DUE_FOR_REMINDER, FeedbackRequest.class)
                .setParameter("max", MAX_REMINDERS)
                .setParameter("before", now().minusDays(reminderDays))
                .setParameter("today", today())
                .getResultList()) {
            try {
                if (self.remindOnce(request.getId(), request.getRemindersSent())) {
                    queued++;
                }
            } catch (EJBException | PersistenceException e) {
                LOG.log(Level.WARNING, "Feedback reminder of request " + request.getId() + " failed; the next round tries again", e);
            }
        }
        return queued;
    }

    /** Claims and queues one reminder: false when another instance counted this one first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remindOnce(long requestId, int remindersSent) {
        int claimed = em.createQuery("""
                        UPDATE FeedbackRequest r SET r.remindersSent = r.remindersSent + 1, r.lastMailAt = :now
                        WHERE r.id = :id AND r.remindersSent = :sent""")
                .setParameter("now", now())
                .setParameter("id", requestId)
                .setParameter("sent", remindersSent)
                .executeUpdate();
        if (claimed != 1) {
            return false;
        }
        FeedbackRequest request = em.find(FeedbackRequest.class, requestId);
        mailLink(request, "feedback-reminder", "feedback-reminder:" + requestId + ":" + (remindersSent + 1));
        return true;
    }

    // ------------------------------------------------------------------ mail

    /**
     * Mails the rater a new link to the request's form (asking, resending, reminding): a new
     * token each time, of which only the hash is kept.
     */
    public void mailLink(FeedbackRequest request, String template, String key) {
        String token = Tokens.newToken();
        em.persist(new FeedbackLink(request, Tokens.hash(token), now()));
        Locale locale = Texts.forLanguage(request.getLanguage());
        Map<String, String> values = new HashMap<>();
        values.put("name", request.getRaterName());
        values.put("participant", request.getParticipant().getDisplayName());
        values.put("deadline", request.getDeadline().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
        values.put("link", links.to("/feedback/give.xhtml?token=" + token));
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
