package nl.leerkring.mail;

import java.util.function.ToLongFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * Gauges of the outbox in Payara Micro's {@code /metrics} (application scope): mails waiting, mails
 * given up, and the age of the oldest waiting mail. Each is read from the shared database when
 * scraped, so every instance reports the same figures and none keeps a count of its own.
 */
@ApplicationScoped
public class OutboxMetrics {

    static final String BACKLOG = "leerkring.outbox.backlog";
    static final String FAILED = "leerkring.outbox.failed";
    static final String OLDEST = "leerkring.outbox.oldest.waiting";

    @Inject
    private MetricRegistry registry;
    @Inject
    private OutboxFigures figures;

    void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
        gauge(BACKLOG, "Mails in the outbox waiting to be sent (also those waiting for a retry)", MetricUnits.NONE,
                OutboxFigures.Figures::backlog);
        gauge(FAILED, "Mails given up after their last attempt or a permanent refusal", MetricUnits.NONE,
                OutboxFigures.Figures::failed);
        gauge(OLDEST, "How long the oldest waiting mail has waited", MetricUnits.SECONDS,
                f -> f.oldestWaiting().toSeconds());
    }

    private void gauge(String name, String description, String unit, ToLongFunction<OutboxFigures.Figures> figure) {
        registry.gauge(Metadata.builder().withName(name).withDescription(description).withUnit(unit).build(),
                () -> read(figure));
    }

    /** A gauge that cannot read the database says -1, rather than failing the whole scrape. */
    private long read(ToLongFunction<OutboxFigures.Figures> figure) {
        return figures.read().map(figure::applyAsLong).orElse(-1L);
    }
}
