package nl.leerkring.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 12, 0);
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofMinutes(1), Duration.ofHours(1), 3);
    private static final RenderedMail MAIL = new RenderedMail("Onderwerp", "tekst", "<p>tekst</p>");

    private OutboxMail mail() {
        return new OutboxMail("key-1", "a@example.org", "A", MAIL, false, NOW);
    }

    @Test
    void aTemporaryFailureWaitsForTheNextAttempt() {
        OutboxMail mail = mail();
        mail.failed("connection refused", false, POLICY, NOW);
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(1, mail.getAttempts());
        assertEquals(NOW.plusMinutes(1), mail.getNextAttemptAt());
        mail.failed("connection refused", false, POLICY, NOW);
        assertEquals(NOW.plusMinutes(2), mail.getNextAttemptAt());
    }

    @Test
    void theLastAllowedAttemptGivesUp() {
        OutboxMail mail = mail();
        for (int i = 0; i < 3; i++) {
            mail.failed("timeout", false, POLICY, NOW);
        }
        assertEquals(MailStatus.FAILED, mail.getStatus());
        assertEquals("timeout", mail.getLastError());
    }

    @Test
    void aPermanentFailureGivesUpAtOnceAndCanBeRetriedAfresh() {
        OutboxMail mail = mail();
        mail.failed("550 no such user", true, POLICY, NOW);
        assertEquals(MailStatus.FAILED, mail.getStatus());
        mail.retry(NOW.plusHours(1));
        assertEquals(MailStatus.PENDING, mail.getStatus());
        assertEquals(0, mail.getAttempts());
        assertEquals(NOW.plusHours(1), mail.getNextAttemptAt());
    }

    @Test
    void longErrorsAndSubjectsAreCutToTheirColumns() {
        OutboxMail mail = new OutboxMail("k", "a@example.org", "A",
                new RenderedMail("s".repeat(400), "t", "h"), false, NOW);
        mail.failed("e".repeat(5000), false, POLICY, NOW);
        assertEquals(OutboxMail.SUBJECT_MAX, mail.getSubject().length());
        assertEquals(OutboxMail.ERROR_MAX, mail.getLastError().length());
    }

    @Test
    void aMailWithoutKeyOrRecipientCannotBeBuilt() {
        assertThrows(IllegalArgumentException.class, () -> new OutboxMail(" ", "a@example.org", "A", MAIL, false, NOW));
        assertThrows(IllegalArgumentException.class, () -> new OutboxMail("k", "", "A", MAIL, false, NOW));
    }

    @Test
    void aMailCarriesItsAttachmentOrNone() {
        org.junit.jupiter.api.Assertions.assertTrue(mail().getAttachment().isEmpty(), "most mails have none");
        OutboxMail withFile = new OutboxMail("key-2", "a@example.org", "A", MAIL, false, NOW, 7L,
                new MailAttachment("meeting-3.ics", "text/calendar; method=REQUEST; charset=UTF-8", "BEGIN:VCALENDAR"));
        MailAttachment attachment = withFile.getAttachment().orElseThrow();
        org.junit.jupiter.api.Assertions.assertEquals("meeting-3.ics", attachment.name());
        org.junit.jupiter.api.Assertions.assertEquals("text/calendar; method=REQUEST; charset=UTF-8", attachment.type());
        org.junit.jupiter.api.Assertions.assertEquals("BEGIN:VCALENDAR", attachment.content());
        org.junit.jupiter.api.Assertions.assertFalse(withFile.isContainsSecret());
    }
}
