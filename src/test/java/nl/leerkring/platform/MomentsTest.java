package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class MomentsTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Test
    void aStoredUtcMomentIsReadOnTheWallClockInWinterAndSummer() {
        assertEquals(LocalDateTime.of(2026, 12, 1, 10, 30), Moments.toZone(LocalDateTime.of(2026, 12, 1, 9, 30), AMSTERDAM));
        assertEquals(LocalDateTime.of(2027, 7, 1, 11, 30), Moments.toZone(LocalDateTime.of(2027, 7, 1, 9, 30), AMSTERDAM));
    }

    @Test
    void lateInTheUtcEveningIsAlreadyTheNextDayInAmsterdam() {
        assertEquals(LocalDateTime.of(2027, 1, 1, 0, 15), Moments.toZone(LocalDateTime.of(2026, 12, 31, 23, 15), AMSTERDAM));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(Moments.toZone(null, AMSTERDAM));
    }
}
