package nl.leerkring.mail;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * How long a sender's claim on a batch of mails holds. A claim of a sender that died lapses
 * after one lease, and then another instance takes the mails over. A live sender renews its
 * claim once half the lease has gone by, before it sends the next mail; so it never starts a
 * mail with less than half a lease left, and only a mail whose sending alone outlasts that half
 * can be taken over while in flight (and so be sent twice).
 */
record ClaimLease(Duration length, LocalDateTime until) {

    ClaimLease {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A claim lease must be longer than zero: " + length);
        }
    }

    static ClaimLease startingAt(Duration length, LocalDateTime now) {
        return new ClaimLease(length, now.plus(length));
    }

    /** Whether the claim should be renewed before the next mail is sent. */
    boolean needsRenewal(LocalDateTime now) {
        return !now.isBefore(until.minus(length.dividedBy(2)));
    }

    ClaimLease renewedAt(LocalDateTime now) {
        return startingAt(length, now);
    }
}
