package nl.leerkring.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Alive while the app answers at all (Payara Micro's {@code /health/live}): an orchestrator
 * restarts an instance that stops answering. The database is not asked here; an instance whose
 * database is gone is alive but not ready, and a restart would not bring the database back.
 */
@org.eclipse.microprofile.health.Liveness
@ApplicationScoped
public class Liveness implements HealthCheck {

    @Inject
    private InstanceName instance;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("leerkring").up().withData("instance", instance.get()).build();
    }
}
