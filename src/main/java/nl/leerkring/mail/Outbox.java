package nl.leerkring.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.platform.NotFoundException;

/**
 * The persistent outbox. Features queue mails here inside their own transaction; the
 * {@link OutboxSender} claims and sends them. Claiming is a conditional UPDATE, so two app
 * instances sharing one database never take the same mail.
 */
@Stateless
public class Outbox {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private MailTemplates templates;
    @Inject
    private MailSettings settings;

    /**
     * Renders a template in the recipient's language and queues it, in the caller's transaction.
     * A mail whose key was queued before is not queued again.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void queue(String idempotencyKey, String recipient, String recipientName, Locale locale,
            String template, Map<String, String> values, boolean containsSecret) {
        queue(idempotencyKey, recipient, recipientName, locale, template, values, containsSecret, null);
    }

    /**
     * As {@link #queue(String, String, String, Locale, String, Map, boolean)}, for a mail that belongs to
     * a cohort: its facilitators see it in the cohort's mail log. Answers whether it was queued now
     * (false when the key was queued before).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean queue(String idempotencyKey, String recipient, String recipientName, Locale locale,
            String template, Map<String, String> values, boolean containsSecret, Long cohortId) {
        return queue(idempotencyKey, recipient, recipientName, locale, template, values, containsSecret, cohortId, null);
    }

    /** The newest mails of one cohort first; the caller checked that the reader may see this cohort. */
    public List<OutboxMail> latestForCohort(long cohortId, int limit) {
        return em.createNamedQuery(OutboxMail.LATEST_FOR_COHORT, OutboxMail.class)
                .setParameter("cohort", cohortId).setMaxResults(limit).getResultList();
    }

    /** The idempotency keys of every mail queued for a cohort, in one query. */
    public java.util.Set<String> keysForCohort(long cohortId) {
        return new java.util.HashSet<>(em.createNamedQuery(OutboxMail.KEYS_FOR_COHORT, String.class)
                .setParameter("cohort", cohortId).getResultList());
    }

    /**
     * The whole of queueing, in the caller's transaction: a mail of a cohort (or none) with at most
     * one attachment (a meeting's calendar file, or null). A mail whose key was queued before is not
     * queued again. Answers whether it was queued now.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean queue(String idempotencyKey, String recipient, String recipientName, Locale locale,
            String template, Map<String, String> values, boolean containsSecret, Long cohortId,
            MailAttachment attachment) {
        if (findByKey(idempotencyKey).isPresent()) {
            return false;
        }
        RenderedMail mail = templates.render(template, locale, values);
        em.persist(new OutboxMail(idempotencyKey, recipient, recipientName, mail, containsSecret, now(), cohortId,
                attachment));
        return true;
    }

    /** Which of these keys were queued before: one query for a whole list. */
    public java.util.Set<String> existingKeys(java.util.Collection<String> keys) {
        if (keys.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(em.createNamedQuery(OutboxMail.EXISTING_KEYS, String.class)
                .setParameter("keys", keys).getResultList());
    }

    public Optional<OutboxMail> findByKey(String idempotencyKey) {
        return em.createNamedQuery(OutboxMail.FIND_BY_KEY, OutboxMail.class)
                .setParameter("key", idempotencyKey)
                .getResultStream().findFirst();
    }

    /** Takes up to {@code limit} due mails for this caller alone; they come back detached. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<OutboxMail> claim(int limit) {
        LocalDateTime now = now();
        List<Long> due = em.createNamedQuery(OutboxMail.DUE_IDS, Long.class)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
        if (due.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        int claimed = em.createNamedQuery(OutboxMail.CLAIM)
                .setParameter("token", token)
                .setParameter("until", now.plus(settings.claimLease()))
                .setParameter("ids", due)
                .setParameter("now", now)
                .executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        return em.createNamedQuery(OutboxMail.CLAIMED, OutboxMail.class)
                .setParameter("token", token)
                .getResultList();
    }

    /**
     * Extends the claim on the mails of a batch not yet sent until {@code until}; answers how many
     * are still this claim's. Fewer than the sender still holds means another instance took the
     * rest over after the lease ran out.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int renew(String claimToken, LocalDateTime until) {
        return em.createNamedQuery(OutboxMail.RENEW)
                .setParameter("until", until)
                .setParameter("token", claimToken)
                .executeUpdate();
    }

    /** Records a delivered mail; false when the claim was lost (the lease ran out). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean markSent(long id, String claimToken) {
        int updated = em.createNamedQuery(OutboxMail.MARK_SENT)
                .setParameter("now", now())
                .setParameter("id", id)
                .setParameter("token", claimToken)
                .executeUpdate();
        if (updated == 1 && settings.forgetSecretsOnceSent()) {
            em.createNamedQuery(OutboxMail.FORGET_SECRET).setParameter("id", id).executeUpdate();
        }
        return updated == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void markFailed(long id, String claimToken, String error, boolean permanent) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail != null && claimToken.equals(mail.getClaimToken())) {
            mail.failed(error, permanent, settings.retryPolicy(), now());
        }
    }

    /** An administrator sends a failed mail again. */
    public void retry(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw new NotFoundException();
        }
        mail.retry(now());
    }

    /** Makes a waiting mail due now instead of at its next retry time. */
    public void tryNow(long id) {
        OutboxMail mail = em.find(OutboxMail.class, id);
        if (mail == null) {
            throw new NotFoundException();
        }
        mail.dueNow(now());
    }

    /** The newest mails first, optionally of one status only. */
    public List<OutboxMail> latest(MailStatus status, int limit) {
        var query = status == null
                ? em.createNamedQuery(OutboxMail.LATEST, OutboxMail.class)
                : em.createNamedQuery(OutboxMail.LATEST_WITH_STATUS, OutboxMail.class).setParameter("status", status);
        return query.setMaxResults(limit).getResultList();
    }

    public Map<MailStatus, Long> countByStatus() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createNamedQuery(OutboxMail.COUNT_BY_STATUS, Object[].class).getResultList()) {
            counts.put((MailStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
