package nl.leerkring.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.platform.Role;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Texts;

/** A reflection's own rules: drafts, submitting, sizes, and that only the author writes. */
class ReflectionTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2027, 2, 1, 20, 0);
    private static final long AUTHOR = 7;
    private static final List<String> FOUR = List.of("De dialoog", "Doorvragen", "Geprobeerd", "Werkt");

    private static Reflection reflection() throws ReflectiveOperationException {
        Person author = new Person("a@school.nl", "Anna", "nl", Set.of(Role.PARTICIPANT), NOW);
        Field id = Person.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(author, AUTHOR);
        return new Reflection(null, null, author, NOW);
    }

    @Test
    void theFourQuestionsAreTheSeedsWordForWord() {
        assertEquals(4, Reflection.QUESTIONS.size());
        assertEquals("Welk onderdeel van de bijeenkomst heeft je aan het denken gezet en waarom?", Reflection.QUESTIONS.get(0));
        assertEquals("Welke inzichten heb je opgedaan door het toepassen in de praktijk?", Reflection.QUESTIONS.get(3));
    }

    @Test
    void aDraftKeepsWhatIsThereEvenIncomplete() throws Exception {
        Reflection reflection = reflection();
        reflection.saveDraft(AUTHOR, Arrays.asList("  Eerste  ", "", null, "Vier"), ReflectionVisibility.GROUP, NOW);
        assertFalse(reflection.isSubmitted());
        assertEquals("Eerste", reflection.answer(1));
        assertNull(reflection.answer(2));
        assertEquals(ReflectionVisibility.GROUP, reflection.getVisibility());
    }

    @Test
    void submittingNeedsAllFourAnswers() throws Exception {
        Reflection reflection = reflection();
        BusinessException missing = assertThrows(BusinessException.class,
                () -> reflection.submit(AUTHOR, Arrays.asList("a", "b", " ", "d"), ReflectionVisibility.PRIVATE, NOW));
        assertEquals("learning.reflectionAnswerRequired", missing.getMessageKey());
        assertEquals(3, missing.getArguments()[0]);

        reflection.submit(AUTHOR, FOUR, ReflectionVisibility.PRIVATE, NOW);
        assertTrue(reflection.isSubmitted());
        assertEquals(NOW, reflection.getSubmittedAt());
    }

    @Test
    void aSubmittedReflectionCanBeChangedByItsAuthorAndStaysSubmitted() throws Exception {
        Reflection reflection = reflection();
        reflection.submit(AUTHOR, FOUR, ReflectionVisibility.PRIVATE, NOW);
        reflection.saveDraft(AUTHOR, List.of("Anders", "b", "c", "d"), ReflectionVisibility.GROUP, NOW.plusDays(1));
        assertTrue(reflection.isSubmitted());
        assertEquals(NOW, reflection.getSubmittedAt(), "the first submission counts");
        assertEquals(ReflectionVisibility.GROUP, reflection.getVisibility());
        assertEquals("Anders", reflection.answer(1));
        assertThrows(BusinessException.class,
                () -> reflection.saveDraft(AUTHOR, Arrays.asList("a", null, "c", "d"), ReflectionVisibility.GROUP, NOW),
                "a submitted reflection cannot lose an answer");
    }

    @Test
    void onlyTheAuthorWrites() throws Exception {
        Reflection reflection = reflection();
        assertThrows(NotFoundException.class, () -> reflection.saveDraft(8, FOUR, ReflectionVisibility.GROUP, NOW));
        assertThrows(NotFoundException.class, () -> reflection.submit(8, FOUR, ReflectionVisibility.GROUP, NOW));
    }

    @Test
    void answersHaveAMaximumAndAVisibilityIsChosen() throws Exception {
        Reflection reflection = reflection();
        String tooLong = "x".repeat(Reflection.ANSWER_MAX + 1);
        BusinessException tooLongAnswer = assertThrows(BusinessException.class,
                () -> reflection.saveDraft(AUTHOR, List.of("a", tooLong, "c", "d"), ReflectionVisibility.GROUP, NOW));
        assertEquals("input.tooLong", tooLongAnswer.getMessageKey());
        assertEquals(new Texts.Key("field.reflectionAnswer2"), tooLongAnswer.getArguments()[0]);
        assertEquals(Reflection.ANSWER_MAX, tooLongAnswer.getArguments()[1]);
        assertEquals("learning.reflectionVisibilityRequired",
                assertThrows(BusinessException.class, () -> reflection.submit(AUTHOR, FOUR, null, NOW)).getMessageKey());
    }
}
