package nl.leerkring.platform;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moments the application records (created, sent, submitted…) are stored as UTC date-times; a
 * person reads them on the wall clock of {@code leerkring.time-zone}. Pages write
 * {@code #{moments.local(x.createdAt)}} and format the result as usual. Meetings are planned as
 * wall-clock times already and are shown as they are.
 */
@Named
@ApplicationScoped
public class Moments {

    @Inject
    @ConfigProperty(name = "leerkring.time-zone", defaultValue = "Europe/Amsterdam")
    String timeZone;

    public LocalDateTime local(LocalDateTime utc) {
        return toZone(utc, ZoneId.of(timeZone));
    }

    static LocalDateTime toZone(LocalDateTime utc, ZoneId zone) {
        return utc == null ? null : LocalDateTime.ofInstant(utc.toInstant(ZoneOffset.UTC), zone);
    }
}
