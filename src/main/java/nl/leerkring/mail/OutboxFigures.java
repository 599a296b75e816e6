package nl.leerkring.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The outbox in three numbers, for the readiness check and the metrics: mails waiting, mails given
 * up, and how long the oldest waiting one has waited. One statement with a time limit and no
 * transaction, so a database that hangs makes the check fail, not wait. An EJB, because Payara asks
 * the health checks and gauges on threads of its own endpoints: the call brings the app's context.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxFigures {

    /** Milliseconds a health check or a metrics scrape may wait for the database's answer. */
    static final int TIMEOUT_MILLIS = 2000;
    private static final Logger LOG = Logger.getLogger(OutboxFigures.class.getName());

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;

    /** Waiting and failed mails, and the age of the oldest waiting one (zero when none waits). */
    public record Figures(long backlog, long failed, Duration oldestWaiting) {
    }

    /**
     * Reads the figures now; empty when the database did not answer within the time limit. Caught here,
     * so a database that is gone costs one line in the log per probe, not the container's stack trace.
     */
    public Optional<Figures> read() {
        try {
            return Optional.of(figures(query()));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "The outbox's figures were not read", e);
            LOG.warning(() -> "The database did not answer: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> query() {
        return em.createNativeQuery("SELECT status, COUNT(*), MIN(created_at) FROM outbox_mail"
                        + " WHERE status IN ('PENDING', 'FAILED') GROUP BY status")
                .setHint("jakarta.persistence.query.timeout", TIMEOUT_MILLIS)
                .getResultList();
    }

    private Figures figures(List<Object[]> rows) {
        long backlog = 0;
        long failed = 0;
        Duration oldest = Duration.ZERO;
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            if (MailStatus.PENDING.name().equals(row[0])) {
                backlog = count;
                oldest = age(row[2]);
            } else {
                failed = count;
            }
        }
        return new Figures(backlog, failed, oldest);
    }

    private Duration age(Object createdAt) {
        LocalDateTime since = createdAt instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) createdAt;
        if (since == null) {
            return Duration.ZERO;
        }
        Duration age = Duration.between(since, LocalDateTime.now(clock));
        return age.isNegative() ? Duration.ZERO : age;
    }
}
