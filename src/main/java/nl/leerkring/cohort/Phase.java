package nl.leerkring.cohort;

/** The five phases of the cycle (seed 003, §3.3). */
public enum Phase {
    LEARNING_QUESTION,
    INQUIRING_DIALOGUE,
    CO_DESIGN,
    PRACTICE,
    REFLECTION;

    public int number() {
        return ordinal() + 1;
    }
}
