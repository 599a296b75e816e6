package nl.leerkring.cohort;

/**
 * The rules of seed 003 for planning the meetings. The first two are hard; the last two may be
 * broken for a reason the facilitator writes down (kept as a {@link ScheduleOverride}).
 */
public enum ScheduleRule {
    /** Exactly six meetings. */
    SIX_MEETINGS(false),
    /** Each meeting after the one before. */
    IN_ORDER(false),
    /** No more than one month between two meetings. */
    MAX_ONE_MONTH_APART(true),
    /** The last meeting within six months of the first. */
    WITHIN_SIX_MONTHS(true);

    private final boolean overridable;

    ScheduleRule(boolean overridable) {
        this.overridable = overridable;
    }

    public boolean isOverridable() {
        return overridable;
    }
}
