package nl.leerkring.learning.session;

/**
 * The steps of a nominal-group session, in order. A session only moves forward; CLOSED is reached
 * by recording the shared question, not by a "next step".
 */
public enum SessionStage {
    GENERATING, ROUND_ROBIN, CLARIFYING, VOTING, RESULT, CLOSED;

    /** The stage after this one by "next step", or none for RESULT (record instead) and CLOSED. */
    public SessionStage next() {
        return switch (this) {
            case GENERATING -> ROUND_ROBIN;
            case ROUND_ROBIN -> CLARIFYING;
            case CLARIFYING -> VOTING;
            case VOTING -> RESULT;
            case RESULT, CLOSED -> null;
        };
    }

    /** 1 to 5 for the steps a participant sees; CLOSED counts as the last. */
    public int getStep() {
        return Math.min(ordinal() + 1, RESULT.ordinal() + 1);
    }
}
