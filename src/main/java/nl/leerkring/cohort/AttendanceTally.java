package nl.leerkring.cohort;

/** One participant's attendance counted over a cohort's meetings: present, late and absent. */
public record AttendanceTally(int present, int late, int absent) {

    public static final AttendanceTally NONE = new AttendanceTally(0, 0, 0);

    /** The tally of one noted attendance. */
    public static AttendanceTally of(AttendanceStatus status) {
        return switch (status) {
            case PRESENT -> new AttendanceTally(1, 0, 0);
            case LATE -> new AttendanceTally(0, 1, 0);
            case ABSENT -> new AttendanceTally(0, 0, 1);
        };
    }

    public AttendanceTally plus(AttendanceTally other) {
        return new AttendanceTally(present + other.present, late + other.late, absent + other.absent);
    }

    /** The meetings with attendance noted. */
    public int recorded() {
        return present + late + absent;
    }
}
