package nl.leerkring.mail;

import java.time.Duration;

/**
 * When to try a mail again: the delay doubles after every failed attempt, up to a cap; after
 * {@code maxAttempts} attempts the mail is given up and shown as failed.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("Retry policy needs 0 < base <= cap and at least one attempt");
        }
    }

    /** The wait after the given number of failed attempts (1 = after the first failure). */
    public Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
