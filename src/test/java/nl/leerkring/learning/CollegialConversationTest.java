package nl.leerkring.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.platform.Role;
import nl.leerkring.platform.BusinessException;

/** A conversation's date is within two years of today; a kept date stays acceptable. */
class CollegialConversationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);
    private static final LocalDate TODAY = NOW.toLocalDate();
    private static final CollegialConversation.Notes NOTES =
            new CollegialConversation.Notes("in", null, null, null, null, null, null);

    private static Person person(long id) throws ReflectiveOperationException {
        Person person = new Person("p" + id + "@school.nl", "P" + id, "nl", Set.of(Role.PARTICIPANT), NOW);
        Field field = Person.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(person, id);
        return person;
    }

    private static CollegialConversation conversation() throws ReflectiveOperationException {
        Person a = person(1);
        return new CollegialConversation(new Duo(null, a, person(2), NOW), a, NOW);
    }

    @Test
    void aDateWithinTwoYearsOfTodayIsKept() throws Exception {
        CollegialConversation conversation = conversation();
        conversation.record(1, 2, TODAY.minusYears(2), NOTES, NOW);
        conversation.record(1, 2, TODAY.plusYears(2), NOTES, NOW);
        assertEquals(TODAY.plusYears(2), conversation.getHeldOn());
    }

    @Test
    void aDateInTheYear1000Or2099IsRefused() throws Exception {
        CollegialConversation conversation = conversation();
        for (LocalDate held : new LocalDate[] {LocalDate.of(1000, 1, 1), LocalDate.of(2099, 1, 1), TODAY.minusYears(2).minusDays(1)}) {
            BusinessException e = assertThrows(BusinessException.class, () -> conversation.record(1, 2, held, NOTES, NOW));
            assertEquals("learning.conversationDateRange", e.getMessageKey());
        }
    }

    @Test
    void anOldConversationKeepsItsDateWhenItsNotesAreCorrected() throws Exception {
        CollegialConversation conversation = conversation();
        conversation.record(1, 2, TODAY, NOTES, NOW);
        LocalDateTime threeYearsLater = NOW.plusYears(3);
        conversation.record(1, 2, TODAY, new CollegialConversation.Notes("beter", null, null, null, null, null, null),
                threeYearsLater);
        assertEquals("beter", conversation.notes().checkIn());
    }
}
