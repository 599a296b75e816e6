package nl.leerkring.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** Who sees a self-scan (DESIGN §7, issue 10 §1). */
class ScanVisibilityTest {

    @Test
    void theOwnerAlwaysSeesTheirScanEvenADraftShownToNobody() {
        assertTrue(ScanVisibility.mayView(true, false, Set.of(), Set.of()));
    }

    @Test
    void aFacilitatorSeesASubmittedScanOnlyThroughACohortItIsShownTo() {
        assertTrue(ScanVisibility.mayView(false, true, Set.of(1L), Set.of(1L, 2L)), "taken for or brought along to their cohort");
        assertFalse(ScanVisibility.mayView(false, true, Set.of(1L), Set.of(2L)), "their cohort, but the scan is not shown there");
        assertFalse(ScanVisibility.mayView(false, true, Set.of(), Set.of(2L)), "an earlier scan nobody was shown");
        assertFalse(ScanVisibility.mayView(false, true, Set.of(1L), Set.of()), "not (or not yet) an accepted member of theirs");
        assertFalse(ScanVisibility.mayView(false, false, Set.of(1L), Set.of(1L)), "a draft is the owner's");
    }

    @Test
    void bringingAlongNeedsASubmittedScanAnAcceptedMembershipAndIsDoneOnce() {
        assertTrue(ScanVisibility.mayBringAlong(true, true, false));
        assertFalse(ScanVisibility.mayBringAlong(false, true, false), "a draft");
        assertFalse(ScanVisibility.mayBringAlong(true, false, false), "only invited");
        assertFalse(ScanVisibility.mayBringAlong(true, true, true), "already shown there");
    }

    @Test
    void onlyAScanBroughtAlongCanBeTakenBack() {
        assertTrue(ScanVisibility.mayTakeBack(true));
        assertFalse(ScanVisibility.mayTakeBack(false), "a scan taken for the cohort stays its starting point");
    }
}
