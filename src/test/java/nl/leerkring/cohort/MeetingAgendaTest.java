package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Role;
import nl.leerkring.platform.Texts;

/** The agenda a facilitator prepares: five parts and the theory, each optional and of limited length. */
class MeetingAgendaTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 4, 9, 0);
    private static final LocalDate START = LocalDate.of(2027, 1, 11);

    private static Meeting meeting() {
        Person facilitator = new Person("f@school.nl", "Fenna", "nl", Set.of(Role.FACILITATOR), NOW);
        Cohort cohort = new Cohort("Najaar", "Opleidingsschool Zutphen", START, facilitator, null, null, NOW);
        return new Meeting(cohort, 3, START.plusMonths(2).atTime(14, 0));
    }

    @Test
    void aMeetingNotYetPreparedHasAnAgendaWithEveryPartEmpty() {
        Meeting.Agenda agenda = meeting().getAgenda();
        assertNull(agenda.getReview());
        assertNull(agenda.getDialogue());
        assertNull(agenda.getDeepening());
        assertNull(agenda.getDesign());
        assertNull(agenda.getEvaluation());
        assertNull(agenda.getTheory());
    }

    @Test
    void thePreparedPartsAreKeptEachInItsPlace() {
        Meeting meeting = meeting();
        Meeting.Agenda agenda = new Meeting.Agenda("terugblik", "verkennen", "verdiepen", "ontwerpen", "evaluatie",
                "theorie");
        meeting.prepare(agenda);
        assertSame(agenda, meeting.getAgenda());
        assertEquals("terugblik", agenda.getReview());
        assertEquals("verkennen", agenda.getDialogue());
        assertEquals("verdiepen", agenda.getDeepening());
        assertEquals("ontwerpen", agenda.getDesign());
        assertEquals("evaluatie", agenda.getEvaluation());
        assertEquals("theorie", agenda.getTheory());
    }

    @Test
    void blankPartsAreEmptyAndLinesAreKeptWithoutTheOuterSpace() {
        Meeting.Agenda agenda = new Meeting.Agenda("  ", null, " eerst\r\ndan ", "", null, "\n");
        assertNull(agenda.getReview());
        assertEquals("eerst\ndan", agenda.getDeepening());
        assertNull(agenda.getTheory());
    }

    @Test
    void aPartLongerThanTheLimitIsRefusedNamingThatPart() {
        String tooLong = "x".repeat(Meeting.TEXT_MAX + 1);
        String fits = "x".repeat(Meeting.TEXT_MAX);
        assertEquals(fits, new Meeting.Agenda(null, null, null, fits, null, null).getDesign());
        BusinessException refused = assertThrows(BusinessException.class,
                () -> new Meeting.Agenda(null, null, null, null, null, tooLong));
        assertEquals("input.tooLong", refused.getMessageKey());
        assertEquals(new Texts.Key("meeting.part.theory"), refused.getArguments()[0]);
    }
}
