package nl.leerkring.instrument;

/** What an item of a form asks for. */
public enum ItemKind {
    /** Answered on the scale; counts towards its axis. */
    STATEMENT,
    /** Answered on the scale, underneath a statement (student-teacher form). */
    SUB_STATEMENT,
    /** Answered in words ("feed forward"). */
    OPEN_QUESTION
}
