package nl.leerkring.account;

import java.time.Clock;
import java.time.LocalDate;
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

import nl.leerkring.platform.DailyJobs;
import nl.leerkring.platform.IntervalJob;

/**
 * Deletes access-log rows past their kept period once a day. The timer runs on every instance every
 * {@code leerkring.access-log.check-minutes} (60; 0 switches it off); the first to claim the day in
 * {@link DailyJobs} prunes, the others skip it.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class AccessLogPruning {

    static final String JOB = "access-log-prune";
    private static final Logger LOG = Logger.getLogger(AccessLogPruning.class.getName());

    @Resource
    private TimerService timers;
    @Inject
    private DailyJobs dailyJobs;
    @Inject
    private AccessLog accessLog;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "leerkring.access-log.check-minutes", defaultValue = "60")
    private int minutes;

    @PostConstruct
    void schedule() {
        IntervalJob.every(timers, minutes);
    }

    @Timeout
    void prune() {
        IntervalJob.runAlone(LOG, "access-log pruning", () -> {
            pruneOncePerDay();
            return 0;
        });
    }

    /** Prunes when this instance claims today; answers how many rows went. */
    public int pruneOncePerDay() {
        if (!dailyJobs.claim(JOB, LocalDate.now(clock))) {
            return 0;
        }
        int pruned = accessLog.prune();
        if (pruned > 0) {
            LOG.info(() -> pruned + " access-log rows older than " + accessLog.keptDays() + " days deleted");
        }
        return pruned;
    }
}
