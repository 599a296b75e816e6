package nl.leerkring.rhythm;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.notice.DigestRound;
import nl.leerkring.platform.IntervalJob;

/**
 * The facilitator's mail rhythm every so many minutes (0 switches it off): the reminders of the
 * cohorts' rhythm ({@link RhythmRound}: before each meeting, halfway, reflection, self-scan) and the
 * daily digest of notices ({@link DigestRound}). Runs on every instance; two rounds at once queue each
 * mail once, as its idempotency key is unique. One kind failing does not keep the other from going out.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class RhythmJob {

    private static final Logger LOG = Logger.getLogger(RhythmJob.class.getName());

    @Resource
    private TimerService timers;
    @Inject
    private RhythmRound round;
    @Inject
    private DigestRound digests;
    @Inject
    @ConfigProperty(name = "leerkring.rhythm.check-minutes", defaultValue = "15")
    private int minutes;

    @PostConstruct
    void schedule() {
        IntervalJob.every(timers, minutes);
    }

    @Timeout
    void remind() {
        IntervalJob.runAlone(LOG, "rhythm reminders", round::run);
        IntervalJob.runAlone(LOG, "digest mails", digests::run);
    }
}
