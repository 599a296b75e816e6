package nl.leerkring.privacy;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.platform.IntervalJob;

/**
 * Every {@code leerkring.privacy.check-minutes} (0 switches it off) on every instance: a
 * {@link PrivacyRound}. The claims in the database make one instance do each piece of work.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class PrivacyJob {

    private static final Logger LOG = Logger.getLogger(PrivacyJob.class.getName());

    @Resource
    private TimerService timers;
    @Inject
    private PrivacyRound round;
    @Inject
    @ConfigProperty(name = "leerkring.privacy.check-minutes", defaultValue = "1")
    private int minutes;

    @PostConstruct
    void schedule() {
        IntervalJob.every(timers, minutes);
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        IntervalJob.runAlone(LOG, "data-export mails", round::buildExports);
        IntervalJob.runAlone(LOG, "daily privacy updates", round::runDaily);
    }
}
