package nl.leerkring.feedback;

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

/** Looks for raters to remind every so many minutes (0 switches it off). */
@Startup
@Singleton
@DependsOn("Migrations")
public class FeedbackReminders {

    private static final Logger LOG = Logger.getLogger(FeedbackReminders.class.getName());

    @Resource
    private TimerService timers;
    @Inject
    private FeedbackService feedback;
    @Inject
    @ConfigProperty(name = "leerkring.feedback.reminder-check-minutes", defaultValue = "60")
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
            int queued = feedback.queueReminders();
            if (queued > 0) {
                LOG.info(() -> queued + " feedback reminders queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Feedback reminders failed; the next round tries again", e);
        }
    }
}
