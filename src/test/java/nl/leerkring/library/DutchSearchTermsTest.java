package nl.leerkring.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The search's choice of Dutch stems: a query word finds its inflections and derivations, as the LIKE does. */
class DutchSearchTermsTest {

    /** What the database does: every pattern must match the column. */
    private static boolean finds(String query, String text) {
        String column = DutchSearchTerms.column(text);
        List<String> patterns = DutchSearchTerms.patterns(query);
        return !patterns.isEmpty() && patterns.stream().allMatch(p -> column.contains(p.substring(1, p.length() - 1)));
    }

    @Test
    void aVerbFindsItsNounAndTheOtherWayRound() {
        assertTrue(finds("reflecteren", "Reflectie op de bijeenkomst"));
        assertTrue(finds("reflectie", "Samen reflecteren na afloop"));
        assertTrue(finds("reflecteert", "Reflectie op de bijeenkomst"));
        assertTrue(finds("kalibreren", "Kalibreren leeruitkomsten"));
        assertTrue(finds("kalibratie", "Kalibreren leeruitkomsten"));
        assertTrue(finds("observeren", "Een observatie in de klas"));
        assertTrue(finds("evaluatie", "Samen evalueren"));
    }

    @Test
    void pluralsAndCompoundsAreFound() {
        assertTrue(finds("leeruitkomst", "Kalibreren leeruitkomsten"));
        assertTrue(finds("gesprekken", "Het stagegesprek: een gesprek in drie stappen"));
        assertTrue(finds("Werkvormen", "Werkvorm: het feedbackgesprek"));
        assertTrue(finds("kalibreren leeruitkomsten", "Kalibreren leeruitkomsten"));
    }

    @Test
    void unrelatedWordsAndStopWordsDoNotMatch() {
        assertFalse(finds("observeren", "Kalibreren leeruitkomsten"));
        assertFalse(finds("kalibreren observeren", "Kalibreren leeruitkomsten"));
        assertTrue(DutchSearchTerms.patterns("de het van een").isEmpty());
        assertTrue(DutchSearchTerms.patterns("   ").isEmpty());
    }

    @Test
    void likeWildcardsInAQueryAreNotWildcards() {
        assertEquals(List.of("% 100%"), DutchSearchTerms.patterns("100%"));
        assertTrue(DutchSearchTerms.patterns("a b c d e f g h i").size() <= DutchSearchTerms.MAX_QUERY_WORDS);
    }
}
