package nl.leerkring.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 9, 0);
    private static final LoginThrottle.Policy ACCOUNT = LoginThrottle.Policy.ACCOUNT;

    @Test
    void fiveFailuresMakeTheAccountWaitAMinute() {
        LoginThrottle throttle = new LoginThrottle("account:a@b.nl", NOW);
        for (int i = 0; i < 4; i++) {
            throttle.registerFailure(NOW.plusSeconds(i), ACCOUNT);
            assertFalse(throttle.isWaiting(NOW.plusSeconds(i)));
        }
        throttle.registerFailure(NOW.plusSeconds(5), ACCOUNT);
        assertTrue(throttle.isWaiting(NOW.plusSeconds(6)));
        assertFalse(throttle.isWaiting(NOW.plusSeconds(65)), "a wait, not a lock");
    }

    @Test
    void everyFurtherFailureDoublesTheWaitUpToAQuarter() {
        assertEquals(Duration.ZERO, ACCOUNT.waitAfter(4));
        assertEquals(Duration.ofMinutes(1), ACCOUNT.waitAfter(5));
        assertEquals(Duration.ofMinutes(2), ACCOUNT.waitAfter(6));
        assertEquals(Duration.ofMinutes(8), ACCOUNT.waitAfter(8));
        assertEquals(Duration.ofMinutes(15), ACCOUNT.waitAfter(9));
        assertEquals(Duration.ofMinutes(15), ACCOUNT.waitAfter(1_000_000), "capped, however long an attacker goes on");
    }

    @Test
    void anAttackerKeepsTheOwnerWaitingAtMostTheCapBetweenTwoAttempts() {
        LoginThrottle throttle = new LoginThrottle("account:a@b.nl", NOW);
        LocalDateTime time = NOW;
        for (int i = 0; i < 50; i++) {
            throttle.registerFailure(time, ACCOUNT);
            time = throttle.getWaitUntil() == null ? time.plusSeconds(1) : throttle.getWaitUntil();
        }
        assertFalse(throttle.isWaiting(time), "the owner may try as soon as each wait is over");
        assertEquals(time, throttle.getWaitUntil());
        assertTrue(Duration.between(NOW, time).toHours() < 12, "fifty guesses take hours, not seconds");
    }

    @Test
    void attemptsWhileWaitingDoNotProlongTheWait() {
        LoginThrottle throttle = new LoginThrottle("account:a@b.nl", NOW);
        for (int i = 0; i < 5; i++) {
            throttle.registerFailure(NOW, ACCOUNT);
        }
        LocalDateTime until = throttle.getWaitUntil();
        for (int i = 0; i < 100; i++) {
            throttle.registerFailure(NOW.plusSeconds(30), ACCOUNT);
        }
        assertEquals(until, throttle.getWaitUntil());
        assertEquals(5, throttle.getFailures());
    }

    @Test
    void theCountIsForgottenAfterAQuietHour() {
        LoginThrottle throttle = new LoginThrottle("account:a@b.nl", NOW);
        for (int i = 0; i < 4; i++) {
            throttle.registerFailure(NOW, ACCOUNT);
        }
        throttle.registerFailure(NOW.plusMinutes(61), ACCOUNT);
        assertEquals(1, throttle.getFailures());
        assertFalse(throttle.isWaiting(NOW.plusMinutes(61)));
    }

    @Test
    void aClientMayFailTwentyTimesOverAllAccountsAndRaterNetworksThirty() {
        LoginThrottle client = new LoginThrottle("client:10.0.0.1", NOW);
        for (int i = 0; i < 19; i++) {
            client.registerFailure(NOW, LoginThrottle.Policy.CLIENT);
        }
        assertFalse(client.isWaiting(NOW));
        client.registerFailure(NOW, LoginThrottle.Policy.CLIENT);
        assertTrue(client.isWaiting(NOW));

        LoginThrottle rater = new LoginThrottle("rater:10.0.0.1", NOW);
        for (int i = 0; i < 29; i++) {
            rater.registerFailure(NOW, LoginThrottle.Policy.RATER_LINKS);
        }
        assertFalse(rater.isWaiting(NOW));
        rater.registerFailure(NOW, LoginThrottle.Policy.RATER_LINKS);
        assertTrue(rater.isWaiting(NOW));
    }

    @Test
    void keysAreCutToTheColumn() {
        assertEquals(LoginThrottle.KEY_MAX, LoginThrottleService.accountKey("x".repeat(500)).length());
        assertEquals("account:a@b.nl", LoginThrottleService.accountKey("  A@B.nl "));
        assertEquals("client:10.0.0.1", LoginThrottleService.clientKey("10.0.0.1"));
    }
}
