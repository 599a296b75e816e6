/**
 * Mail: the persistent outbox (a row per mail, written in the business transaction), the
 * templates in Dutch and English, the sender that drains the outbox with retries, and the
 * transports (SMTP, or the log on a laptop).
 */
package nl.leerkring.mail;
