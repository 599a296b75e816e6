package nl.leerkring.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database answers (Payara Micro's {@code /health/ready}): a load balancer sends no
 * requests to an instance that cannot reach it. Reports the outbox's figures, which hold no
 * address, name or error text; why the database did not answer goes to the log only ({@link OutboxFigures}).
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    static final String NAME = "database";

    @Inject
    private OutboxFigures figures;

    @Override
    public HealthCheckResponse call() {
        return figures.read()
                .map(now -> HealthCheckResponse.named(NAME).up()
                        .withData("outboxBacklog", now.backlog())
                        .withData("outboxFailed", now.failed())
                        .withData("oldestWaitingSeconds", now.oldestWaiting().toSeconds())
                        .build())
                .orElseGet(() -> HealthCheckResponse.named(NAME).down().build());
    }
}
