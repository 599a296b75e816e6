package nl.leerkring.cohort;

/**
 * Where a person stands in a cohort. An existing account added by a facilitator is INVITED and
 * is no member anywhere until they accept; declining removes the row, so nothing is left.
 */
public enum MemberState {
    INVITED,
    ACCEPTED
}
