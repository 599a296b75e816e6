package nl.leerkring.mail;

import java.util.List;
import java.util.Map;

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
