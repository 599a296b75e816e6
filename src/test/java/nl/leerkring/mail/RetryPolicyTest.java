package nl.leerkring.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(6), 8);

    @Test
    void delayDoublesAfterEveryFailure() {
        assertEquals(Duration.ofMinutes(1), policy.delayAfter(1));
        assertEquals(Duration.ofMinutes(2), policy.delayAfter(2));
        assertEquals(Duration.ofMinutes(4), policy.delayAfter(3));
        assertEquals(Duration.ofMinutes(64), policy.delayAfter(7));
    }

    @Test
    void delayStopsGrowingAtTheCap() {
        assertEquals(Duration.ofHours(6), policy.delayAfter(10));
        assertEquals(Duration.ofHours(6), policy.delayAfter(1_000));
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofHours(2), Duration.ofHours(1), 3));
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 0));
    }
}
