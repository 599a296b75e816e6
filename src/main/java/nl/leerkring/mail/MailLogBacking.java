package nl.leerkring.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Messages;

/**
 * mail/log.xhtml: the coordinator sees what the outbox did, retries failed mails, and on a
 * laptop (mail mode 'log') reads the mails themselves, links included.
 */
@Named
@RequestScoped
public class MailLogBacking {

    static final int SHOWN = 200;
    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** A piece of a mail's plain text: a link (shown clickable) or just text. */
    public record TextPart(String text, boolean link) {
    }

    @Inject
    private Outbox outbox;
    @Inject
    private MailSettings settings;

    private MailStatus status;
    private List<OutboxMail> mails;
    private Map<MailStatus, Long> counts;

    @PostConstruct
    void load() {
        counts = outbox.countByStatus();
    }

    public void retry(long id) {
        outbox.retry(id);
        Messages.addGlobalInfo("mailLog.retried");
        mails = null;
        counts = outbox.countByStatus();
    }

    public List<OutboxMail> getMails() {
        if (mails == null) {
            mails = outbox.latest(status, SHOWN);
        }
        return mails;
    }

    /** The plain text cut into text and links, so the page can make links clickable without unescaped HTML. */
    public static List<TextPart> parts(String text) {
        List<TextPart> parts = new ArrayList<>();
        Matcher matcher = LINK.matcher(text == null ? "" : text);
        int done = 0;
        while (matcher.find()) {
            if (matcher.start() > done) {
                parts.add(new TextPart(text.substring(done, matcher.start()), false));
            }
            parts.add(new TextPart(matcher.group(), true));
            done = matcher.end();
        }
        if (text != null && done < text.length()) {
            parts.add(new TextPart(text.substring(done), false));
        }
        return parts;
    }

    public Map<MailStatus, Long> getCounts() {
        return counts;
    }

    public MailStatus[] getStatuses() {
        return MailStatus.values();
    }

    /** Bodies are shown only while mails are not really sent (laptop mode). */
    public boolean isShowBodies() {
        return settings.mode() == MailSettings.Mode.LOG;
    }

    public int getShown() {
        return SHOWN;
    }

    public MailStatus getStatus() {
        return status;
    }

    public void setStatus(MailStatus status) {
        this.status = status;
        this.mails = null;
    }
}
