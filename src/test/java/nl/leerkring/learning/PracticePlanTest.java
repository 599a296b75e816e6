package nl.leerkring.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import nl.leerkring.platform.BusinessException;

class PracticePlanTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 11, 16, 30);

    private static PracticePlan plan(int minutes) {
        return new PracticePlan(null, null, "  ", "Beiden dezelfde les voorbereiden en vergelijken.", minutes, NOW);
    }

    @Test
    void aPlanAboveTheLimitIsTooBigAtTheLimitItIsNot() {
        assertFalse(plan(120).isTooBig(120));
        assertTrue(plan(121).isTooBig(120));
    }

    @Test
    void aBlankQuestionIsStoredAsNoneAndTheTextIsTrimmed() {
        PracticePlan plan = new PracticePlan(null, null, " ", "  Samen een leerroute opstellen.  ", 30, NOW);
        assertNull(plan.getQuestion());
        assertEquals("Samen een leerroute opstellen.", plan.getPlan());
    }

    @Test
    void emptyPlansAndImpossibleTimesAreRefused() {
        assertEquals("learning.plan.textInvalid",
                assertThrows(BusinessException.class, () -> new PracticePlan(null, null, null, " ", 30, NOW)).getMessageKey());
        assertEquals("learning.plan.minutesInvalid", assertThrows(BusinessException.class, () -> plan(0)).getMessageKey());
        assertEquals("learning.plan.minutesInvalid",
                assertThrows(BusinessException.class, () -> plan(PracticePlan.MINUTES_MAX + 1)).getMessageKey());
        assertEquals("input.tooLong", assertThrows(BusinessException.class,
                () -> new PracticePlan(null, null, null, "x".repeat(PracticePlan.TEXT_MAX + 1), 30, NOW)).getMessageKey());
    }

    @Test
    void aReportNeedsAllThreeAnswersAndARefusedReportChangesNothing() {
        PracticePlan plan = plan(60);
        assertThrows(BusinessException.class, () -> plan.report("Goed gesprek.", " ", "Veel.", NOW));
        assertFalse(plan.isReported());
        assertNull(plan.getReportHow(), "nothing half-saved");

        plan.report("Goed gesprek.", "Ze vergeleek de lessen.", "Vergelijken werkt.", NOW.plusWeeks(3));
        assertTrue(plan.isReported());
        assertEquals(NOW.plusWeeks(3), plan.getReportedAt());
    }

    @Test
    void revisingKeepsTheReport() {
        PracticePlan plan = plan(60);
        plan.report("Goed gesprek.", "Ze vergeleek de lessen.", "Vergelijken werkt.", NOW);
        plan.revise(null, "Alleen de lesvoorbereiding vergelijken.", 30, NOW.plusDays(1));
        assertTrue(plan.isReported());
        assertEquals(30, plan.getEstimatedMinutes());
    }
}
