package nl.leerkring.notice;

import java.time.Clock;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One round of digest mails: each person who wants it and has unseen events since their last digest
 * gets one, at most one per local day (the key {@code digest:<person>:<date>}), and not at night: a
 * round before {@code leerkring.digest.hour} (07:00 by default) in {@code leerkring.time-zone} sends none. Each person in a
 * transaction of their own, so several instances running rounds at once queue each digest once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DigestRound {

    private static final Logger LOG = Logger.getLogger(DigestRound.class.getName());

    @Inject
    private NoticeService notices;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "leerkring.time-zone", defaultValue = "Europe/Amsterdam")
    private String timeZone;
    @Inject
    @ConfigProperty(name = "leerkring.digest.hour", defaultValue = "7")
    private int fromHour;

    /** Answers how many digests this round queued. */
    public int run() {
        if (!NoticeRules.digestHour(clock.instant(), ZoneId.of(timeZone), fromHour)) {
            return 0;
        }
        int queued = 0;
        for (long personId : notices.digestCandidates()) {
            try {
                if (notices.sendDigest(personId)) {
                    queued++;
                }
            } catch (EJBException | PersistenceException e) {
                // Another instance queued this person's digest (or moved their state) a moment earlier.
                LOG.log(Level.FINE, "Digest of person " + personId + " was handled elsewhere", e);
            }
        }
        return queued;
    }
}
