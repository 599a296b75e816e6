package nl.leerkring.cohort;

import java.util.Objects;

import nl.leerkring.platform.NotFoundException;

/**
 * A cohort whose access was checked, and as whom: proof that other features accept instead of
 * checking again. Only {@link CohortService}'s access checks make one (the constructor is
 * package-private), so a method that takes it cannot be reached with a tampered id.
 *
 * <p>A facilitator of the cohort sees its people one by one; a coordinator sees the cohort for
 * management and its counts, never a participant's data (DESIGN §7); a member sees their own part;
 * a background job acts for nobody and reads what it needs to send the cohort's mails.
 */
public final class CheckedCohort {

    /** Who passed the check. */
    public enum As { FACILITATOR, COORDINATOR, MEMBER, JOB }

    private final Cohort cohort;
    private final As as;

    CheckedCohort(Cohort cohort, As as) {
        this.cohort = Objects.requireNonNull(cohort);
        this.as = Objects.requireNonNull(as);
    }

    public Cohort cohort() {
        return cohort;
    }

    public long id() {
        return cohort.getId();
    }

    public As as() {
        return as;
    }

    /** Whether the checked viewer may see the participants one by one: the cohort's facilitators and its jobs. */
    public boolean seesPeople() {
        return as == As.FACILITATOR || as == As.JOB;
    }

    /** The same cohort, for reading its participants one by one; anybody else gets a 404 (they never learn it exists). */
    public CheckedCohort withPeople() {
        if (!seesPeople()) {
            throw new NotFoundException();
        }
        return this;
    }
}
