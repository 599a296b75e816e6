package nl.leerkring.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import nl.leerkring.platform.Tokens;

/**
 * Real delivery through Jakarta Mail over SMTP, with plain-text and HTML alternatives; a mail with an
 * attachment (a meeting's .ics) is multipart/mixed: the two alternatives, then the file.
 */
class SmtpMailTransport implements MailTransport {

    private final MailSettings settings;

    SmtpMailTransport(MailSettings settings) {
        this.settings = settings;
    }

    @Override
    public Connection open() throws MailDeliveryException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.smtpHost());
        properties.put("mail.smtp.port", String.valueOf(settings.smtpPort()));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.smtpStartTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.smtpStartTls()));
        properties.put("mail.smtp.auth", String.valueOf(settings.smtpUser().isPresent()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "30000");
        properties.put("mail.smtp.writetimeout", "30000");
        Session session = Session.getInstance(properties);
        try {
            Transport transport = session.getTransport("smtp");
            transport.connect(settings.smtpHost(), settings.smtpPort(),
                    settings.smtpUser().orElse(null), settings.smtpPassword().orElse(null));
            return new SmtpConnection(session, transport);
        } catch (MessagingException e) {
            throw new MailDeliveryException("Cannot connect to " + settings.smtpHost() + ":" + settings.smtpPort()
                    + ": " + e.getMessage(), false, e);
        }
    }

    private final class SmtpConnection implements Connection {

        private final Session session;
        private final Transport transport;

        SmtpConnection(Session session, Transport transport) {
            this.session = session;
            this.transport = transport;
        }

        @Override
        public void send(OutboxMail mail) throws MailDeliveryException {
            try {
                MimeMessage message = new StableIdMessage(session, messageId(mail));
                message.setFrom(new InternetAddress(settings.from(), settings.fromName(), "UTF-8"));
                InternetAddress to = new InternetAddress(mail.getRecipient(), mail.getRecipientName(), "UTF-8");
                to.validate();
                message.setRecipient(Message.RecipientType.TO, to);
                message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
                MimeBodyPart text = new MimeBodyPart();
                text.setText(mail.getTextBody(), StandardCharsets.UTF_8.name());
                MimeBodyPart html = new MimeBodyPart();
                html.setContent(mail.getHtmlBody(), "text/html; charset=UTF-8");
                MimeMultipart alternative = new MimeMultipart("alternative", text, html);
                var attachment = mail.getAttachment();
                if (attachment.isEmpty()) {
                    message.setContent(alternative);
                } else {
                    MimeBodyPart body = new MimeBodyPart();
                    body.setContent(alternative);
                    MimeBodyPart file = new MimeBodyPart();
                    file.setContent(attachment.get().content(), attachment.get().type());
                    file.setFileName(attachment.get().name());
                    file.setDisposition(Part.ATTACHMENT);
                    message.setContent(new MimeMultipart("mixed", body, file));
                }
                message.saveChanges();
                transport.sendMessage(message, new Address[] {to});
            } catch (AddressException | UnsupportedEncodingException e) {
                throw new MailDeliveryException("Invalid address: " + e.getMessage(), true, e);
            } catch (SendFailedException e) {
                boolean refused = e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0;
                throw new MailDeliveryException(e.getMessage(), refused, e);
            } catch (MessagingException e) {
                throw new MailDeliveryException(e.getMessage(), false, e);
            }
        }

        @Override
        public void close() {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the mails are sent; a failing QUIT changes nothing
            }
        }
    }

    /**
     * The Message-ID derives from the idempotency key, so should a mail ever go out twice
     * (an instance that died between sending and recording), mail clients show it once.
     */
    private static String messageId(OutboxMail mail) {
        return "<" + Tokens.hash(mail.getIdempotencyKey()).substring(0, 32) + "@leerkring>";
    }

    private static final class StableIdMessage extends MimeMessage {

        private final String messageId;

        StableIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
