package nl.leerkring.mail;

/**
 * One file sent along with a mail, e.g. a meeting's {@code .ics}: its file name, its MIME type
 * (such as {@code text/calendar; method=REQUEST; charset=UTF-8}) and its text.
 */
public record MailAttachment(String name, String type, String content) {

    public static final int NAME_MAX = 100;
    public static final int TYPE_MAX = 100;

    public MailAttachment {
        if (name == null || name.isBlank() || name.length() > NAME_MAX) {
            throw new IllegalArgumentException("An attachment name of 1 to " + NAME_MAX + " characters is required");
        }
        if (type == null || type.isBlank() || type.length() > TYPE_MAX) {
            throw new IllegalArgumentException("An attachment type of 1 to " + TYPE_MAX + " characters is required");
        }
        if (content == null) {
            throw new IllegalArgumentException("An attachment needs content");
        }
    }
}
