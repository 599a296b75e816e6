package nl.leerkring.rhythm;

import java.util.function.IntSupplier;
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

import nl.leerkring.cohort.MeetingMails;
import nl.leerkring.notice.DigestRound;

/**
 * The facilitator's mail rhythm every so many minutes (0 switches it off): the meeting reminders
 * ({@link MeetingMails}), the reminders between meetings ({@link RhythmRound}) and the daily
 * digest of notices ({@link DigestRound}). Runs on every
 * instance; two rounds at once queue each mail once, as its idempotency key is unique. One kind
 * failing does not keep the other from going out.
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
    private MeetingMails meetingMails;
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
        runAlone("meeting reminders", meetingMails::queueReminders);
        runAlone("rhythm reminders", round::run);
        runAlone("digest mails", digests::run);
    }

    private static void runAlone(String what, IntSupplier work) {
        try {
            int queued = work.getAsInt();
            if (queued > 0) {
                LOG.info(() -> queued + " " + what + " queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queueing " + what + " failed; the next round tries again", e);
        }
    }
}
