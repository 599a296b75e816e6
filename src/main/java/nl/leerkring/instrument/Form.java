package nl.leerkring.instrument;

/** The instruments of the framework. */
public enum Form {
    /** Bijlage 1: the participant about themself. */
    SELF_SCAN,
    /** Bijlage 2, first form: the student teacher (aanstaande leraar) about the participant. */
    STUDENT_TEACHER,
    /** Bijlage 2, second form: the schoolopleider about the participant. */
    SCHOOL_TEACHER_EDUCATOR
}
