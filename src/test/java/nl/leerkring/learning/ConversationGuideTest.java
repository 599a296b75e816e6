package nl.leerkring.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.SharedSeeds;

/** The guide's prompts and the reflection questions are the seeds' own words. */
class ConversationGuideTest {

    private static final Path GUIDE_SEED = Path.of("../shared/seeds/000_a73790fd875cfea3.txt");
    private static final Path REFLECTION_SEED = Path.of("../shared/seeds/003_74de091b1d52962a.txt");

    /** Whitespace as one space, words broken over two lines joined, the "VRAAG" labels left out. */
    private static String normalize(String text) {
        return text.replaceAll("-\\s*\\n\\s*", "").replaceAll("\\bVRAAG\\b", " ").replaceAll("\\s+", " ").strip();
    }

    @Test
    void theStepsFollowTheGuideInOrder() {
        assertEquals(List.of("INCHECKEN", "STARTVRAAG", "VERVOLGVRAGEN", "VERDIEPING", "CHECK", "AFSLUITING", "AFSLUITING"),
                java.util.Arrays.stream(ConversationGuide.Step.values()).map(ConversationGuide.Step::getSeedHeading).toList());
        ConversationGuide.Prompt student = ConversationGuide.Step.FOLLOW_UP.getPrompts().get(2);
        ConversationGuide.Prompt collaboration = ConversationGuide.Step.FOLLOW_UP.getPrompts().get(3);
        assertEquals(8, student.points().size(), "the eight guidance characteristics");
        assertEquals(3, collaboration.points().size(), "the three collaboration characteristics");
    }

    @Test
    void everyPromptStandsInTheSeedWordForWord() throws IOException {
        SharedSeeds.require(GUIDE_SEED.getFileName().toString());
        String seed = normalize(Files.readString(GUIDE_SEED, StandardCharsets.UTF_8));
        for (ConversationGuide.Step step : ConversationGuide.Step.values()) {
            assertTrue(seed.contains(step.getSeedHeading()), step.getSeedHeading());
            for (ConversationGuide.Prompt prompt : step.getPrompts()) {
                assertTrue(seed.contains(normalize(prompt.text())), "not in the seed: " + prompt.text());
                for (String point : prompt.points()) {
                    assertTrue(seed.contains(normalize(point)), "not in the seed: " + point);
                }
            }
        }
    }

    @Test
    void theFourReflectionQuestionsStandInTheSeed() throws IOException {
        SharedSeeds.require(REFLECTION_SEED.getFileName().toString());
        String seed = normalize(Files.readString(REFLECTION_SEED, StandardCharsets.UTF_8));
        for (String question : Reflection.QUESTIONS) {
            assertTrue(seed.contains(normalize(question)), "not in the seed: " + question);
        }
    }
}
