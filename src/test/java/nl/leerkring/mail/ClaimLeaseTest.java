package nl.leerkring.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class ClaimLeaseTest {

    private static final LocalDateTime CLAIMED = LocalDateTime.of(2026, 11, 25, 12, 0);
    private static final Duration MINUTE = Duration.ofSeconds(60);

    @Test
    void aClaimHoldsOneLeaseSoADeadSendersMailsAreFreeWithinAMinute() {
        ClaimLease lease = ClaimLease.startingAt(MINUTE, CLAIMED);
        assertEquals(CLAIMED.plusSeconds(60), lease.until());
    }

    @Test
    void aLiveSenderRenewsOnceHalfTheLeaseHasGoneBy() {
        ClaimLease lease = ClaimLease.startingAt(MINUTE, CLAIMED);
        assertFalse(lease.needsRenewal(CLAIMED.plusSeconds(29)), "no extra query while the batch goes quickly");
        assertTrue(lease.needsRenewal(CLAIMED.plusSeconds(30)));
        assertTrue(lease.needsRenewal(CLAIMED.plusSeconds(90)), "also when it already ran out");

        ClaimLease renewed = lease.renewedAt(CLAIMED.plusSeconds(31));
        assertEquals(CLAIMED.plusSeconds(91), renewed.until());
        assertFalse(renewed.needsRenewal(CLAIMED.plusSeconds(60)));
    }

    @Test
    void aLeaseOfNothingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ClaimLease.startingAt(Duration.ZERO, CLAIMED));
    }
}
