package nl.leerkring.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 9, 0);

    @Test
    void fiveFailuresWithinTheWindowLockTheAddressForAQuarter() {
        LoginThrottle throttle = new LoginThrottle("a@b.nl", NOW);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.registerFailure(NOW.plusMinutes(i));
            assertFalse(throttle.isLocked(NOW.plusMinutes(i)));
        }
        throttle.registerFailure(NOW.plusMinutes(5));
        assertTrue(throttle.isLocked(NOW.plusMinutes(6)));
        assertTrue(throttle.isLocked(NOW.plusMinutes(19)));
        assertFalse(throttle.isLocked(NOW.plusMinutes(20)));
    }

    @Test
    void anotherLimitCanBeGiven() {
        LoginThrottle throttle = new LoginThrottle("rater:10.0.0.1", NOW);
        for (int i = 0; i < 29; i++) {
            throttle.registerFailure(NOW, 30);
        }
        assertFalse(throttle.isLocked(NOW));
        throttle.registerFailure(NOW, 30);
        assertTrue(throttle.isLocked(NOW));
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        LoginThrottle throttle = new LoginThrottle("a@b.nl", NOW);
        for (int i = 0; i < 10; i++) {
            throttle.registerFailure(NOW.plusMinutes(i * 4L));
        }
        assertFalse(throttle.isLocked(NOW.plusMinutes(40)));
    }
}
