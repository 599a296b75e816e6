package nl.leerkring.mail;

import java.util.logging.Logger;

/**
 * Writes mails to the server log instead of sending them: the laptop default, so the app runs
 * without a mail server. The coordinator's mail log shows the full text, links included.
 */
class LogMailTransport implements MailTransport {

    private static final Logger LOG = Logger.getLogger(LogMailTransport.class.getName());

    @Override
    public Connection open() {
        return new Connection() {
            @Override
            public void send(OutboxMail mail) {
                LOG.info(() -> "Mail (not sent, mail mode 'log') to " + mail.getRecipient()
                        + "\nSubject: " + mail.getSubject() + "\n\n" + mail.getTextBody()
                        + mail.getAttachment().map(a -> "\n\nAttachment " + a.name() + " (" + a.type() + ", "
                                + a.content().length() + " characters)").orElse(""));
            }

            @Override
            public void close() {
                // nothing to close
            }
        };
    }
}
