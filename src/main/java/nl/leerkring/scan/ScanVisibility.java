package nl.leerkring.scan;

import java.util.Collections;
import java.util.Set;

/**
 * Who sees a self-scan (DESIGN §7), as a rule without a database: the participant always; a
 * facilitator only a submitted scan that is linked to a cohort they run in which the participant
 * is an accepted member. Being added to a cohort links nothing: a scan is linked when it is
 * submitted while the person is an accepted member, or when the person brings it along.
 */
public final class ScanVisibility {

    private ScanVisibility() {
    }

    /**
     * @param own whether the viewer is the scan's owner
     * @param submitted whether the scan was submitted
     * @param linkedCohorts the cohorts the scan is taken for or brought along to
     * @param viewersCohorts the cohorts the viewer facilitates in which the owner is an accepted member
     */
    public static boolean mayView(boolean own, boolean submitted, Set<Long> linkedCohorts, Set<Long> viewersCohorts) {
        return own || submitted && !Collections.disjoint(linkedCohorts, viewersCohorts);
    }

    /** An earlier scan may be brought along to a cohort the owner accepted, once, when submitted. */
    public static boolean mayBringAlong(boolean submitted, boolean acceptedMember, boolean alreadyLinked) {
        return submitted && acceptedMember && !alreadyLinked;
    }

    /** A scan brought along may be taken back; one taken for the cohort stays its shared starting point. */
    public static boolean mayTakeBack(boolean broughtAlong) {
        return broughtAlong;
    }
}
