package nl.leerkring.account;

/** What someone other than its owner opened: the person's self-scan, feedback result or a reflection. */
public enum AccessKind {
    SELF_SCAN,
    FEEDBACK_RESULT,
    REFLECTION
}
