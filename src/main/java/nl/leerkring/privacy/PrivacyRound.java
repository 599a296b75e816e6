package nl.leerkring.privacy;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * One round of the privacy job: builds the pending exports (each in its own transaction, claimed so
 * that one instance builds it), and once a day on one instance: forgets raters of closed requests,
 * lists the cohorts due for retention and drops expired exports.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PrivacyRound {

    private static final Logger LOG = Logger.getLogger(PrivacyRound.class.getName());

    @Inject
    private DataExports exports;
    @Inject
    private DailyPrivacy daily;
    @Inject
    private RetentionService retention;

    /** Builds the exports this instance claims; answers how many it built. */
    public int buildExports() {
        DataExports.Claim claim = exports.claimDue();
        int built = 0;
        for (long id : claim.exportIds()) {
            try {
                if (exports.build(id, claim.token())) {
                    built++;
                }
            } catch (RuntimeException e) {
                // Its claim lapses after the lease; then a later round tries it again.
                LOG.log(Level.WARNING, "Building data export " + id + " failed", e);
            }
        }
        return built;
    }

    /** The daily part, if this instance claims today's round; answers how many things it changed. */
    public int runDaily() {
        return daily.claimToday() ? runDailyNow() : 0;
    }

    /** The daily part without the claim (the job claims; tests call this directly). */
    public int runDailyNow() {
        return daily.forgetRaters() + retention.listDue() + exports.expire();
    }
}
