package nl.leerkring.cohort;

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

/**
 * The facilitator's mail rhythm, on a timer on every instance (every so many minutes; 0 switches it
 * off): today the meeting reminders. The work is safe on several instances at once, since each mail
 * has a unique idempotency key. Further kinds of rhythm mail belong in {@link #run()}.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class RhythmScheduler {

    private static final Logger LOG = Logger.getLogger(RhythmScheduler.class.getName());

    @Resource
    private TimerService timers;
    @Inject
    private MeetingMails meetingMails;
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
    void tick() {
        try {
            run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rhythm mails failed; the next round tries again", e);
        }
    }

    /** One round: queues what is due now and answers how many mails were queued. */
    public int run() {
        int queued = meetingMails.queueReminders();
        if (queued > 0) {
            LOG.info(() -> queued + " meeting reminders queued");
        }
        return queued;
    }
}
