package nl.leerkring.learning;

/**
 * Who besides the author may read a submitted reflection; the author chooses per reflection.
 * The rules themselves are in {@link ReflectionAccess}.
 */
public enum ReflectionVisibility {
    /** Nobody else: not the facilitator, not the duo partner, not the coordinator. */
    PRIVATE,
    /** The facilitator and co-facilitator of the cohort. */
    FACILITATOR,
    /** The facilitators and the author's group (or the whole cohort when the author is in no group); they may respond. */
    GROUP
}
