package nl.leerkring.mail;

import java.time.LocalDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One mail in the outbox. Written in the same transaction as the change that causes it, so a
 * rolled-back change sends nothing and a committed one loses nothing. The idempotency key is
 * unique: the same mail is never queued twice.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.FIND_BY_KEY, query = "SELECT m FROM OutboxMail m WHERE m.idempotencyKey = :key")
@NamedQuery(name = OutboxMail.EXISTING_KEYS,
        query = "SELECT m.idempotencyKey FROM OutboxMail m WHERE m.idempotencyKey IN :keys")
@NamedQuery(name = OutboxMail.DUE_IDS, query = """
        SELECT m.id FROM OutboxMail m
        WHERE m.status = nl.leerkring.mail.MailStatus.PENDING AND m.nextAttemptAt <= :now
          AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)
        ORDER BY m.nextAttemptAt, m.id""")
@NamedQuery(name = OutboxMail.CLAIM, query = """
        UPDATE OutboxMail m SET m.claimToken = :token, m.claimedUntil = :until
        WHERE m.id IN :ids AND m.status = nl.leerkring.mail.MailStatus.PENDING
          AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)""")
@NamedQuery(name = OutboxMail.RENEW, query = """
        UPDATE OutboxMail m SET m.claimedUntil = :until
        WHERE m.claimToken = :token AND m.status = nl.leerkring.mail.MailStatus.PENDING""")
@NamedQuery(name = OutboxMail.CLAIMED, query = "SELECT m FROM OutboxMail m WHERE m.claimToken = :token ORDER BY m.id")
@NamedQuery(name = OutboxMail.MARK_SENT, query = """
        UPDATE OutboxMail m SET m.status = nl.leerkring.mail.MailStatus.SENT, m.sentAt = :now,
          m.attempts = m.attempts + 1, m.claimToken = NULL, m.claimedUntil = NULL
        WHERE m.id = :id AND m.claimToken = :token""")
@NamedQuery(name = OutboxMail.FORGET_SECRET, query = """
        UPDATE OutboxMail m SET m.textBody = '', m.htmlBody = ''
        WHERE m.id = :id AND m.containsSecret = TRUE AND m.status = nl.leerkring.mail.MailStatus.SENT""")
@NamedQuery(name = OutboxMail.LATEST, query = "SELECT m FROM OutboxMail m ORDER BY m.id DESC")
@NamedQuery(name = OutboxMail.LATEST_WITH_STATUS,
        query = "SELECT m FROM OutboxMail m WHERE m.status = :status ORDER BY m.id DESC")
@NamedQuery(name = OutboxMail.LATEST_FOR_COHORT,
        query = "SELECT m FROM OutboxMail m WHERE m.cohortId = :cohort ORDER BY m.id DESC")
@NamedQuery(name = OutboxMail.KEYS_FOR_COHORT,
        query = "SELECT m.idempotencyKey FROM OutboxMail m WHERE m.cohortId = :cohort")
@NamedQuery(name = OutboxMail.COUNT_BY_STATUS, query = "SELECT m.status, COUNT(m) FROM OutboxMail m GROUP BY m.status")
public class OutboxMail {

    public static final String FIND_BY_KEY = "OutboxMail.findByKey";
    public static final String EXISTING_KEYS = "OutboxMail.existingKeys";
    public static final String DUE_IDS = "OutboxMail.dueIds";
    public static final String CLAIM = "OutboxMail.claim";
    public static final String RENEW = "OutboxMail.renew";
    public static final String CLAIMED = "OutboxMail.claimed";
    public static final String MARK_SENT = "OutboxMail.markSent";
    public static final String FORGET_SECRET = "OutboxMail.forgetSecret";
    public static final String LATEST = "OutboxMail.latest";
    public static final String LATEST_WITH_STATUS = "OutboxMail.latestWithStatus";
    public static final String COUNT_BY_STATUS = "OutboxMail.countByStatus";
    public static final String LATEST_FOR_COHORT = "OutboxMail.latestForCohort";
    public static final String KEYS_FOR_COHORT = "OutboxMail.keysForCohort";

    public static final int KEY_MAX = 200;
    public static final int ADDRESS_MAX = 254;
    public static final int NAME_MAX = 100;
    public static final int SUBJECT_MAX = 250;
    public static final int ERROR_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, unique = true, length = KEY_MAX)
    private String idempotencyKey;

    @Column(name = "recipient", nullable = false, length = ADDRESS_MAX)
    private String recipient;

    @Column(name = "recipient_name", length = NAME_MAX)
    private String recipientName;

    @Column(name = "subject", nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "text_body", nullable = false)
    private String textBody;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "html_body", nullable = false)
    private String htmlBody;

    /** The body holds a link that opens an account; it is blanked once sent. */
    @Column(name = "contains_secret", nullable = false)
    private boolean containsSecret;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private MailStatus status = MailStatus.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private LocalDateTime nextAttemptAt;

    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "sent_at")
    private LocalDateTime sentAt;

    /** The cohort the mail belongs to (its reminders), so its facilitators see it in their log; else null. */
    @Column(name = "cohort_id")
    private Long cohortId;

    /** The one attachment (a meeting's .ics), or null: most mails have none and load nothing more. */
    @Column(name = "attachment_name", length = MailAttachment.NAME_MAX)
    private String attachmentName;

    @Column(name = "attachment_type", length = MailAttachment.TYPE_MAX)
    private String attachmentType;

    @Lob
    @Basic(fetch = FetchType.EAGER)
    @Column(name = "attachment_content")
    private String attachmentContent;

    protected OutboxMail() {
    }

    OutboxMail(String idempotencyKey, String recipient, String recipientName, RenderedMail mail,
            boolean containsSecret, LocalDateTime now) {
        this(idempotencyKey, recipient, recipientName, mail, containsSecret, now, null, null);
    }

    OutboxMail(String idempotencyKey, String recipient, String recipientName, RenderedMail mail,
            boolean containsSecret, LocalDateTime now, Long cohortId, MailAttachment attachment) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > KEY_MAX) {
            throw new IllegalArgumentException("An idempotency key of 1 to " + KEY_MAX + " characters is required");
        }
        if (recipient == null || recipient.isBlank() || recipient.length() > ADDRESS_MAX) {
            throw new IllegalArgumentException("A recipient address of 1 to " + ADDRESS_MAX + " characters is required");
        }
        this.idempotencyKey = idempotencyKey;
        this.recipient = recipient;
        this.recipientName = recipientName == null ? null : cut(recipientName, NAME_MAX);
        this.subject = cut(mail.subject(), SUBJECT_MAX);
        this.textBody = mail.text();
        this.htmlBody = mail.html();
        this.containsSecret = containsSecret;
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.cohortId = cohortId;
        if (attachment != null) {
            this.attachmentName = attachment.name();
            this.attachmentType = attachment.type();
            this.attachmentContent = attachment.content();
        }
    }

    /** An attempt failed: try again later, or give up. */
    void failed(String error, boolean permanent, RetryPolicy policy, LocalDateTime now) {
        attempts++;
        lastError = error == null ? null : cut(error, ERROR_MAX);
        claimToken = null;
        claimedUntil = null;
        if (permanent || attempts >= policy.maxAttempts()) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        }
    }

    /** An administrator asks for a failed mail to be tried again, starting afresh. */
    void retry(LocalDateTime now) {
        if (status != MailStatus.FAILED) {
            return;
        }
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    /** Makes a pending mail due now (an administrator's "try now"; also used by tests). */
    void dueNow(LocalDateTime now) {
        if (status == MailStatus.PENDING) {
            nextAttemptAt = now;
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public boolean isContainsSecret() {
        return containsSecret;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public LocalDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimToken() {
        return claimToken;
    }

    public LocalDateTime getClaimedUntil() {
        return claimedUntil;
    }

    public String getLastError() {
        return lastError;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getSentAt() {
        return sentAt;
    }

    public Long getCohortId() {
        return cohortId;
    }

    /** The attachment, if the mail has one. */
    public java.util.Optional<MailAttachment> getAttachment() {
        return attachmentName == null ? java.util.Optional.empty()
                : java.util.Optional.of(new MailAttachment(attachmentName, attachmentType,
                        attachmentContent == null ? "" : attachmentContent));
    }
}
