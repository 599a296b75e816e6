package nl.leerkring.library;

/** Who sees an item: every signed-in person, one cohort, or only its author. */
public enum Visibility {
    PARTNERSHIP,
    COHORT,
    DRAFT
}
