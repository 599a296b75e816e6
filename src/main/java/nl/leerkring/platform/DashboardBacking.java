package nl.leerkring.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.mail.MailStatus;
import nl.leerkring.mail.Outbox;

/** dashboard.xhtml: each role's starting point. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private Outbox outbox;

    /** For the coordinator: mails the outbox gave up on. */
    public long getFailedMails() {
        return outbox.countByStatus().get(MailStatus.FAILED);
    }
}
