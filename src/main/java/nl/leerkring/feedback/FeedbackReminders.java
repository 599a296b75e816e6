package nl.leerkring.feedback;

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

import nl.leerkring.platform.IntervalJob;

/** Looks for raters to remind every so many minutes (0 switches it off). */
@Startup
@Singleton
@DependsOn("Migrations")
public class FeedbackReminders {

    private static final Logger LOG = Logger.getLogger(FeedbackReminders.class.getName());

    @Resource
    private TimerService timers;
    @Inject
    private RaterService raters;
    @Inject
    @ConfigProperty(name = "leerkring.feedback.reminder-check-minutes", defaultValue = "60")
    private int minutes;

    @PostConstruct
    void schedule() {
        IntervalJob.every(timers, minutes);
    }

    @Timeout
    void remind() {
        IntervalJob.runAlone(LOG, "feedback reminders", raters::queueReminders);
    }
}
