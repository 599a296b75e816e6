package nl.leerkring.feedback;

import nl.leerkring.instrument.Form;

/** Who gives feedback, and the form they fill in. */
public enum RaterRole {
    STUDENT_TEACHER(Form.STUDENT_TEACHER),
    SCHOOL_TEACHER_EDUCATOR(Form.SCHOOL_TEACHER_EDUCATOR),
    /** A colleague or observer uses the schoolopleider's form. */
    COLLEAGUE(Form.SCHOOL_TEACHER_EDUCATOR);

    private final Form form;

    RaterRole(Form form) {
        this.form = form;
    }

    public Form form() {
        return form;
    }
}
