package nl.leerkring.mail;

/**
 * Hands mails to the outside world. One connection serves a whole batch from the outbox.
 * Two implementations: {@link SmtpMailTransport} and {@link LogMailTransport}.
 */
public interface MailTransport {

    Connection open() throws MailDeliveryException;

    /** An open connection to the mail server (or the log). */
    interface Connection extends AutoCloseable {

        void send(OutboxMail mail) throws MailDeliveryException;

        @Override
        void close();
    }
}
