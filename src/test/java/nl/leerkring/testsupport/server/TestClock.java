package nl.leerkring.testsupport.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

/**
 * The application's clock in test deployments: the real UTC time plus an offset a test may set,
 * so a test can let a lease run out without waiting. The offset is zero unless a test moves it
 * (and such a test moves it back).
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 10)
@ApplicationScoped
public class TestClock {

    private static volatile Duration offset = Duration.ZERO;

    static void moveBy(Duration duration) {
        offset = offset.plus(duration);
    }

    static void reset() {
        offset = Duration.ZERO;
    }

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new MovableClock(ZoneOffset.UTC);
    }

    /** The system clock moved by the offset, in any zone the application asks for. */
    private static final class MovableClock extends Clock {

        private final ZoneId zone;

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new MovableClock(newZone);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
