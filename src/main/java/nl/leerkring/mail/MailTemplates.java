package nl.leerkring.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import nl.leerkring.platform.Texts;

/**
 * Mail templates in Dutch and English, as resources under {@code nl/leerkring/mail/templates/}:
 * {@code NAME_LANG.txt} starts with a {@code Subject:} line, then a blank line, then the plain
 * text; {@code NAME_LANG.html} is the HTML body, placed inside {@code layout_LANG.html}.
 * Placeholders are written {@code {{name}}}; values are HTML-escaped in the HTML version.
 * A placeholder without a value is a programming error and fails loudly.
 */
@ApplicationScoped
public class MailTemplates {

    private static final String FOLDER = "/nl/leerkring/mail/templates/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-zA-Z]+)}}");
    private static final String SUBJECT_PREFIX = "Subject:";

    public RenderedMail render(String template, Locale locale, Map<String, String> values) {
        String language = Texts.supported(locale).getLanguage();
        String text = read(template + "_" + language + ".txt");
        if (!text.startsWith(SUBJECT_PREFIX) || !text.contains("\n\n")) {
            throw new IllegalStateException("Template " + template + "_" + language + ".txt needs a Subject line");
        }
        int bodyStart = text.indexOf("\n\n");
        String subject = fill(text.substring(SUBJECT_PREFIX.length(), bodyStart).strip(), values, false);
        String body = fill(text.substring(bodyStart + 2), values, false);
        String htmlBody = fill(read(template + "_" + language + ".html"), values, true);
        String html = read("layout_" + language + ".html")
                .replace("{{subject}}", escapeHtml(subject))
                .replace("{{content}}", htmlBody);
        return new RenderedMail(subject, body, html);
    }

    private static String fill(String template, Map<String, String> values, boolean html) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {{" + matcher.group(1) + "}}");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(html ? escapeHtml(value) : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }

    static String escapeHtml(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String read(String name) {
        try (InputStream in = MailTemplates.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No mail template " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
