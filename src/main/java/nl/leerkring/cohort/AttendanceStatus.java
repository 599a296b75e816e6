package nl.leerkring.cohort;

/** How a participant attended a meeting. */
public enum AttendanceStatus {
    PRESENT,
    LATE,
    ABSENT
}
