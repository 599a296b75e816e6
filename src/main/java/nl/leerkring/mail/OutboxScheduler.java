package nl.leerkring.mail;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Drains the outbox every few seconds on every app instance (the timer is not persistent and
 * not coordinated; the claims in the database are). An interval of 0 switches it off.
 */
@Startup
@Singleton
@DependsOn("Migrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxScheduler {

    private static final Logger LOG = Logger.getLogger(OutboxScheduler.class.getName());

    @Resource
    private TimerService timers;
    @Inject
    private OutboxSender sender;
    @Inject
    private MailSettings settings;

    private final AtomicBoolean draining = new AtomicBoolean();

    @PostConstruct
    void schedule() {
        long interval = settings.pollIntervalSeconds() * 1000L;
        if (interval > 0) {
            timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
            LOG.info(() -> "Outbox drained every " + settings.pollIntervalSeconds() + " s, mail mode "
                    + settings.mode().name().toLowerCase(java.util.Locale.ROOT));
        } else {
            LOG.info("Outbox timer switched off (leerkring.mail.poll-interval-seconds=0)");
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        try {
            sender.drain();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Draining the outbox failed; next tick tries again", e);
        } finally {
            draining.set(false);
        }
    }
}
