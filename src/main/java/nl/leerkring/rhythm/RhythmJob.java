package nl.leerkring.rhythm;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.notice.DigestRound;

/**
 * Queues the rhythm's reminders and the daily digest mails (package notice) every so many minutes (0 switches it off). Runs on every instance;
 * two rounds at once queue each mail once, as its idempotency key is unique.
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
        if (minutes > 0) {
            long interval = minutes * 60_000L;
            timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
        }
    }

    @Timeout
    void remind() {
        try {
            int queued = round.run();
            if (queued > 0) {
                LOG.info(() -> queued + " rhythm reminders queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rhythm reminders failed; the next round tries again", e);
        }
        try {
            int queued = digests.run();
            if (queued > 0) {
                LOG.info(() -> queued + " digest mails queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Digest mails failed; the next round tries again", e);
        }
    }
}
