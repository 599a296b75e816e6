package nl.leerkring.feedback;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.platform.Role;
import nl.leerkring.instrument.FrameworkVersion;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.scan.ScanMoment;

/** A feedback request's deadline lies within a year; the rater's name is one line. */
class FeedbackRequestTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);
    private static final Person PARTICIPANT = new Person("p@school.nl", "Pieter", "nl", Set.of(Role.PARTICIPANT), NOW);
    private static final FrameworkVersion VERSION = new FrameworkVersion(1, 7, "laag", "hoog", NOW);

    private static FeedbackRequest request(String raterName, LocalDate deadline) {
        return new FeedbackRequest(PARTICIPANT, RaterRole.STUDENT_TEACHER, raterName, "rater@school.nl", "nl", null,
                deadline, true, ScanMoment.START, VERSION, NOW);
    }

    @Test
    void aDeadlineFromTomorrowToAYearAheadIsKept() {
        assertDoesNotThrow(() -> request("Sam", NOW.toLocalDate().plusDays(1)));
        assertDoesNotThrow(() -> request("Sam", NOW.toLocalDate().plusYears(1)));
    }

    @Test
    void aDeadlineTodayOrMoreThanAYearAheadIsRefused() {
        assertEquals("feedback.deadlineInFuture", assertThrows(BusinessException.class,
                () -> request("Sam", NOW.toLocalDate())).getMessageKey());
        assertEquals("feedback.deadlineWithinYear", assertThrows(BusinessException.class,
                () -> request("Sam", NOW.toLocalDate().plusYears(1).plusDays(1))).getMessageKey());
        assertEquals("feedback.deadlineWithinYear", assertThrows(BusinessException.class,
                () -> request("Sam", LocalDate.of(2099, 12, 31))).getMessageKey());
    }

    @Test
    void theRaterNameIsOneLine() {
        assertEquals("input.singleLine", assertThrows(BusinessException.class,
                () -> request("Sam\r\nBcc: x@y.nl", NOW.toLocalDate().plusDays(7))).getMessageKey());
    }
}
