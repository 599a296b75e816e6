package nl.leerkring.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The grid counts a participant's plans and how many of them were reported on. */
class PlanTallyTest {

    @Test
    void countsPlansAndReports() {
        ProgressService.PlanTally tally = ProgressService.PlanTally.NONE.plus(true).plus(false).plus(true);
        assertEquals(new ProgressService.PlanTally(3, 2), tally);
        assertEquals(new ProgressService.PlanTally(0, 0), ProgressService.PlanTally.NONE);
    }
}
