package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;

import org.junit.jupiter.api.Test;

import nl.leerkring.platform.NotFoundException;

/**
 * A checked cohort is the proof other features accept instead of checking again: only this package
 * makes one, and only its facilitators (and jobs) get its people; a coordinator or a member gets a 404.
 */
class CheckedCohortTest {

    private static final Cohort COHORT = new Cohort();

    @Test
    void onlyTheCohortPackageCanMakeOne() {
        assertTrue(java.util.Arrays.stream(CheckedCohort.class.getDeclaredConstructors())
                .noneMatch(c -> Modifier.isPublic(c.getModifiers()) || Modifier.isProtected(c.getModifiers())));
        assertTrue(Modifier.isFinal(CheckedCohort.class.getModifiers()), "no subclass can open it up");
    }

    @Test
    void theFacilitatorsAndJobsSeeThePeople() {
        CheckedCohort facilitator = new CheckedCohort(COHORT, CheckedCohort.As.FACILITATOR);
        assertTrue(facilitator.seesPeople());
        assertSame(facilitator, facilitator.withPeople());
        assertTrue(new CheckedCohort(COHORT, CheckedCohort.As.JOB).seesPeople());
    }

    @Test
    void aCoordinatorOrAMemberDoesNot() {
        for (CheckedCohort.As as : new CheckedCohort.As[] {CheckedCohort.As.COORDINATOR, CheckedCohort.As.MEMBER}) {
            CheckedCohort checked = new CheckedCohort(COHORT, as);
            assertFalse(checked.seesPeople());
            assertThrows(NotFoundException.class, checked::withPeople);
        }
    }
}
