package nl.leerkring.instrument;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerkring.platform.BusinessException;

class FrameworkVersionTest {

    private final FrameworkVersion sevenPoints = new FrameworkVersion(1, 7, "helemaal mee oneens", "helemaal mee eens",
            LocalDateTime.now());

    @ParameterizedTest
    @ValueSource(ints = {1, 4, 7})
    void answersOnTheScaleAreAccepted(int answer) {
        assertDoesNotThrow(() -> sevenPoints.checkOnScale(answer));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 8, -1, Integer.MAX_VALUE})
    void answersOffTheScaleAreRefused(int answer) {
        BusinessException e = assertThrows(BusinessException.class, () -> sevenPoints.checkOnScale(answer));
        assertEquals("scan.outOfScale", e.getMessageKey());
    }
}
