package nl.leerkring.mail;

/** A mail ready to queue: subject, plain text and HTML, in the recipient's language. */
public record RenderedMail(String subject, String text, String html) {
}
