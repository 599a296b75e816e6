package nl.leerkring.mail;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Handed to the mail server. */
    SENT,
    /** Given up: a permanent refusal or too many attempts. An administrator can retry it. */
    FAILED
}
