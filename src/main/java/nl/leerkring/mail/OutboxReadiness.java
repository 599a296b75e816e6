package nl.leerkring.mail;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers (Payara Micro's {@code /health/ready}): a load balancer sends no
 * requests to an instance that cannot reach it. Reports the outbox's figures, which hold no
 * address, name or error text; the reason a check failed goes to the log only.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    static final String NAME = "database";
    private static final Logger LOG = Logger.getLogger(OutboxReadiness.class.getName());

    @Inject
    private OutboxFigures figures;

    @Override
    public HealthCheckResponse call() {
        try {
            OutboxFigures.Figures now = figures.read();
            return HealthCheckResponse.named(NAME).up()
                    .withData("outboxBacklog", now.backlog())
                    .withData("outboxFailed", now.failed())
                    .withData("oldestWaitingSeconds", now.oldestWaiting().toSeconds())
                    .build();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Readiness: the database did not answer", e);
            return HealthCheckResponse.named(NAME).down().build();
        }
    }
}
