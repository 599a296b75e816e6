package nl.leerkring.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Drains the outbox: claims a batch, sends it over one connection, records each result in its
 * own transaction. Safe to run on several app instances at once, since a claim is exclusive.
 * A mail is recorded as sent right after the server accepted it; only an instance dying in
 * between could send it again, and then the stable Message-ID lets mail clients merge the two.
 * The claim is renewed while the batch goes on ({@link ClaimLease}), so a live sender keeps its
 * batch and the batch of a dead one is taken over once its lease has run out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    /** Bounds one drain, so a timer tick always ends. */
    private static final int MAX_BATCHES_PER_DRAIN = 100;

    @Inject
    Outbox outbox;
    @Inject
    MailSettings settings;
    @Inject
    Clock clock;

    /** Sends what is due; returns how many mails were delivered. */
    public int drain() {
        int delivered = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_DRAIN; batch++) {
            List<OutboxMail> claimed = outbox.claim(settings.batchSize());
            if (claimed.isEmpty()) {
                break;
            }
            delivered += send(claimed);
        }
        return delivered;
    }

    private int send(List<OutboxMail> claimed) {
        int delivered = 0;
        String claimToken = claimed.get(0).getClaimToken();
        ClaimLease lease = new ClaimLease(settings.claimLease(), claimed.get(0).getClaimedUntil());
        try (MailTransport.Connection connection = settings.transport().open()) {
            for (int i = 0; i < claimed.size(); i++) {
                OutboxMail mail = claimed.get(i);
                LocalDateTime now = LocalDateTime.now(clock);
                if (lease.needsRenewal(now)) {
                    ClaimLease renewed = lease.renewedAt(now);
                    int stillOurs = outbox.renew(claimToken, renewed.until());
                    if (stillOurs < claimed.size() - i) {
                        LOG.warning(() -> "Outbox claim lost: another instance took over the mails not yet sent");
                        break;
                    }
                    lease = renewed;
                }
                try {
                    connection.send(mail);
                    if (outbox.markSent(mail.getId(), mail.getClaimToken())) {
                        delivered++;
                    } else {
                        LOG.warning(() -> "Mail " + mail.getId() + " was sent after its claim ran out; the rest is left to the instance that took over");
                        break;
                    }
                } catch (MailDeliveryException e) {
                    LOG.log(Level.WARNING, "Mail {0} to {1} not delivered: {2}",
                            new Object[] {mail.getId(), mail.getRecipient(), e.getMessage()});
                    outbox.markFailed(mail.getId(), mail.getClaimToken(), e.getMessage(), e.isPermanent());
                }
            }
        } catch (MailDeliveryException e) {
            LOG.log(Level.WARNING, "Mail server unreachable, {0} mails wait for a retry: {1}",
                    new Object[] {claimed.size(), e.getMessage()});
            for (OutboxMail mail : claimed) {
                outbox.markFailed(mail.getId(), mail.getClaimToken(), e.getMessage(), false);
            }
        }
        return delivered;
    }
}
