package nl.leerkring.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on the port the app under test sends to. Tests start and stop
 * it to play a mail server that is down, then up again.
 */
public final class MailCatcher implements AutoCloseable {

    /** A received mail, decoded. */
    public record Mail(String to, String subject, String text, String html, String messageId, String calendar,
            String calendarType) {

        /** The path and query of the first link to the app in the plain text ("account/password.xhtml?token=..."). */
        public String appLink(String pathPart) {
            Matcher matcher = Pattern.compile("https?://[^/\\s]+/(\\S*" + Pattern.quote(pathPart) + "\\S*)").matcher(text);
            if (!matcher.find()) {
                throw new AssertionError("No link with " + pathPart + " in:\n" + text);
            }
            return matcher.group(1);
        }
    }

    private final GreenMail greenMail;

    public MailCatcher() {
        int port = Integer.parseInt(System.getProperty("it.smtp.port", "3925"));
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    public MailCatcher start() {
        greenMail.start();
        return this;
    }

    public void stop() {
        greenMail.stop();
    }

    @Override
    public void close() {
        stop();
    }

    /** Every mail received so far for this address, oldest first. */
    public List<Mail> mailsTo(String address) {
        List<Mail> mails = new ArrayList<>();
        try {
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                    if (recipient.toString().toLowerCase().contains(address.toLowerCase())) {
                        mails.add(decode(address, message));
                    }
                }
            }
        } catch (MessagingException | IOException e) {
            throw new AssertionError("Cannot read received mail", e);
        }
        return mails;
    }

    public Mail onlyMailTo(String address) {
        List<Mail> mails = mailsTo(address);
        if (mails.size() != 1) {
            throw new AssertionError("Expected one mail to " + address + " but got " + mails.size());
        }
        return mails.get(0);
    }

    public int receivedCount() {
        return greenMail.getReceivedMessages().length;
    }

    private static Mail decode(String to, MimeMessage message) throws MessagingException, IOException {
        String[] parts = new String[4];
        if (message.getContent() instanceof Multipart multipart) {
            collect(multipart, parts);
        } else {
            parts[0] = String.valueOf(message.getContent());
        }
        return new Mail(to, message.getSubject(), parts[0], parts[1], message.getMessageID(), parts[2], parts[3]);
    }

    /** Text, HTML and a calendar file, also inside a multipart/mixed with the alternatives nested. */
    private static void collect(Multipart multipart, String[] parts) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, parts);
            } else if (part.isMimeType("text/plain")) {
                parts[0] = (String) part.getContent();
            } else if (part.isMimeType("text/html")) {
                parts[1] = (String) part.getContent();
            } else if (part.isMimeType("text/calendar")) {
                Object content = part.getContent();
                parts[2] = content instanceof String string ? string
                        : new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                parts[3] = part.getContentType();
            }
        }
    }
}
