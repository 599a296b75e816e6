package nl.leerkring.account;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed attempts under one key: an account ({@code account:} and the address typed), a client
 * ({@code client:} and its network address) or a rater's network ({@code rater:} and address).
 * Kept in the database so that every app instance sees the same count.
 *
 * <p>No key is ever locked for good. After a {@link Policy}'s free failures the key has to wait,
 * and every further failure doubles the wait up to a cap; attempts made while waiting are refused
 * without being counted, so hammering does not prolong it. The count is forgotten once no failure
 * came for a while. An attacker who knows an address can therefore make its owner wait at most
 * the cap between two attempts, never shut them out; the owner's mailed password-reset link
 * clears the account's count at once (the second proof, see {@link AccountService#setPassword}).
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    /**
     * How many failures are free, the first wait, its cap, and after how long without a failure
     * the count starts afresh.
     */
    public record Policy(int freeFailures, Duration firstWait, Duration maxWait, Duration forgetAfter) {

        /** One account, from wherever: a person mistyping five times waits a minute. */
        public static final Policy ACCOUNT = new Policy(5, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofHours(1));
        /**
         * One client address, over all accounts: more than one person may share it (a school), but
         * spraying guesses over many accounts is slowed after twenty.
         */
        public static final Policy CLIENT = new Policy(20, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(30));
        /**
         * Wrong rater links from one network address. Generous: a whole school may share one
         * address, and a token of 256 bits cannot be guessed anyway.
         */
        public static final Policy RATER_LINKS = new Policy(30, Duration.ofMinutes(1), Duration.ofMinutes(15), Duration.ofMinutes(30));

        /** The wait after the given number of failures: none while free, then doubling up to the cap. */
        public Duration waitAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures, 20);
            Duration wait = firstWait.multipliedBy(1L << doublings);
            return wait.compareTo(maxWait) > 0 ? maxWait : wait;
        }
    }

    public static final int KEY_MAX = 300;

    @Id
    @Column(name = "throttle_key", length = KEY_MAX)
    private String key;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private LocalDateTime lastFailureAt;

    @Column(name = "wait_until")
    private LocalDateTime waitUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String key, LocalDateTime now) {
        this.key = key;
        this.lastFailureAt = now;
    }

    /** Must the key still wait before its next attempt is even looked at? */
    public boolean isWaiting(LocalDateTime now) {
        return waitUntil != null && now.isBefore(waitUntil);
    }

    public void registerFailure(LocalDateTime now, Policy policy) {
        if (isWaiting(now)) {
            return;
        }
        if (now.isAfter(lastFailureAt.plus(policy.forgetAfter()))) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        Duration wait = policy.waitAfter(failures);
        waitUntil = wait.isZero() ? null : now.plus(wait);
    }

    public int getFailures() {
        return failures;
    }

    public LocalDateTime getWaitUntil() {
        return waitUntil;
    }
}
