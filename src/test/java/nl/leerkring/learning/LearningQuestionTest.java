package nl.leerkring.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.platform.BusinessException;

class LearningQuestionTest {

    private static final FrameworkAxis AREA = new FrameworkAxis(4, "Opleidingsdidactische bekwaamheden", "leraar van leraren");
    private static final LocalDateTime NOW = LocalDateTime.of(2027, 1, 4, 9, 0);

    @Test
    void aQuestionIsTiedToAnAreaAndTrimmed() {
        LearningQuestion question = new LearningQuestion(null, null, AREA, "  Hoe koppel ik theorie aan de les?  ", NOW);
        assertEquals("Hoe koppel ik theorie aan de les?", question.getQuestion());
        assertEquals("Opleidingsdidactische bekwaamheden (leraar van leraren)", question.getAxis().getLabel());
    }

    @Test
    void withoutAnAreaOrOfTheWrongLengthItIsRefused() {
        assertEquals("learning.question.areaRequired", assertThrows(BusinessException.class,
                () -> new LearningQuestion(null, null, null, "Hoe koppel ik theorie aan de les?", NOW)).getMessageKey());
        assertEquals("learning.question.length", assertThrows(BusinessException.class,
                () -> new LearningQuestion(null, null, AREA, "Kort?    ", NOW)).getMessageKey());
        assertEquals("input.tooLong", assertThrows(BusinessException.class,
                () -> new LearningQuestion(null, null, AREA, "x".repeat(LearningQuestion.QUESTION_MAX + 1), NOW)).getMessageKey());
        new LearningQuestion(null, null, AREA, "x".repeat(LearningQuestion.QUESTION_MAX), NOW);
    }
}
