package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The progress grid counts each participant's attendance by kind; unrecorded meetings are the held ones without a note. */
class AttendanceTallyTest {

    @Test
    void countsEachKindOfAttendance() {
        AttendanceTally tally = AttendanceTally.NONE;
        for (AttendanceStatus status : List.of(AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.PRESENT,
                AttendanceStatus.ABSENT)) {
            tally = tally.plus(AttendanceTally.of(status));
        }
        assertEquals(new AttendanceTally(2, 1, 1), tally);
        assertEquals(4, tally.recorded());
        assertEquals(0, AttendanceTally.NONE.recorded());
    }
}
