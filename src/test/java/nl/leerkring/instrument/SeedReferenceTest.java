package nl.leerkring.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.SharedSeeds;

/**
 * The reference list the ITs compare the database with is the seed's own Bijlage 1: checked
 * here against the seed document itself, where the project's shared folder is at hand.
 */
public class SeedReferenceTest {

    static final Path REFERENCE = Path.of("src/test/resources/seed/bijlage1-zelfscan.txt");
    private static final Path SEED = Path.of("../shared/seeds/003_74de091b1d52962a.txt");

    public static List<String[]> reference() throws IOException {
        return Files.readAllLines(REFERENCE, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\\|", 2))
                .toList();
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void theReferenceHasNineteenStatementsOnFiveAxes() throws IOException {
        List<String[]> statements = reference();
        assertEquals(19, statements.size());
        int[] perAxis = new int[6];
        statements.forEach(s -> perAxis[Integer.parseInt(s[0])]++);
        assertEquals(List.of(5, 3, 2, 5, 4), List.of(perAxis[1], perAxis[2], perAxis[3], perAxis[4], perAxis[5]));
    }

    @Test
    void everyStatementStandsInTheSeedWordForWord() throws IOException {
        SharedSeeds.require(SEED.getFileName().toString());
        String seed = normalize(Files.readString(SEED, StandardCharsets.UTF_8));
        for (String[] statement : reference()) {
            assertTrue(seed.contains(normalize(statement[1])), "not in the seed: " + statement[1]);
        }
    }
}
