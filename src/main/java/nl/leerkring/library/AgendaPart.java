package nl.leerkring.library;

/** The parts of a meeting's agenda material can be attached to (DESIGN §2), in their order. */
public enum AgendaPart {
    REVIEW,
    DIALOGUE,
    DESIGN,
    EVALUATION,
    /** Theory to read for the next meeting. */
    THEORY
}
