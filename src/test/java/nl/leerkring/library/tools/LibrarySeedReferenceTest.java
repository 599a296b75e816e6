package nl.leerkring.library.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.SharedSeeds;

/**
 * The library's seeded content (sql/V018) against the seed documents themselves: the six work
 * forms' titles, the 8 + 6 checklist characteristics with their explanations and the question
 * cards stand in the sources word for word (as instrument/SeedReferenceTest does for the framework).
 */
class LibrarySeedReferenceTest {

    private static final Path MIGRATION = Path.of("sql/V018__library_seeds_and_tools.sql");
    private static final Path SEEDS = Path.of("../shared/seeds");
    /** Shortened on the lead's word (a browser test searches it); the seed's full heading follows. */
    private static final String SHORT_TITLE = "Kalibreren leeruitkomsten";
    private static final String SHORT_TITLE_HEADING = "Kalibreren: leeruitkomsten aanstaande leraar";

    /** One SQL statement's string literals, in order. */
    record Statement(String sql, List<String> literals) {
    }

    static List<Statement> statements() throws IOException {
        String sql = Files.readString(MIGRATION, StandardCharsets.UTF_8);
        List<Statement> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        List<String> literals = new ArrayList<>();
        StringBuilder literal = null;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (literal != null) {
                if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    literal.append('\'');
                    i++;
                } else if (c == '\'') {
                    literals.add(literal.toString());
                    literal = null;
                } else {
                    literal.append(c);
                }
                statement.append(c);
            } else if (c == '-' && sql.startsWith("--", i)) {
                i = sql.indexOf('\n', i);
            } else if (c == '\'') {
                literal = new StringBuilder();
                statement.append(c);
            } else if (c == ';') {
                statements.add(new Statement(statement.toString().strip(), List.copyOf(literals)));
                statement.setLength(0);
                literals.clear();
            } else {
                statement.append(c);
            }
        }
        return statements;
    }

    private static List<Statement> inserts(String table) throws IOException {
        return statements().stream().filter(s -> s.sql().startsWith("INSERT INTO " + table + " ")).toList();
    }

    /**
     * The seed's text as a sentence reads: replacement characters of the PDF bullets gone, words
     * split at a line end joined, all white space one space, and no space before a question mark
     * (one question in seed 002 has it, a typing error corrected in the migration).
     */
    static String normalize(String text) {
        return text.replace("\uFFFD", "")
                .replaceAll("(\\p{Ll})-[ \\t]*\\r?\\n[ \\t]*(\\p{Ll})", "$1$2")
                .replaceAll("\\s+", " ")
                .replace(" ?", "?")
                .strip();
    }

    private static String seed(String prefix) throws IOException {
        SharedSeeds.require("");
        try (var files = Files.list(SEEDS)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return normalize(Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    private static void assertInSeed(String seed, String text) {
        assertTrue(seed.contains(normalize(text)), "not in the seed word for word: " + text);
    }

    @Test
    void theSixWorkFormsOfBijlage3() throws IOException {
        // library_item: seed_key, title, description, item_type, ...
        List<Statement> workForms = inserts("library_item").stream()
                .filter(s -> s.literals().get(3).equals("WORK_FORM")).toList();
        assertEquals(6, workForms.size());
        String seed = seed("003_");
        for (Statement workForm : workForms) {
            String title = workForm.literals().get(1);
            if (title.equals(SHORT_TITLE)) {
                assertInSeed(seed, SHORT_TITLE_HEADING);
                assertTrue(workForm.literals().get(2).startsWith(SHORT_TITLE_HEADING), "the description opens with the seed's heading");
            } else {
                assertInSeed(seed, title);
            }
        }
        assertTrue(workForms.stream().anyMatch(s -> s.literals().get(1).equals(SHORT_TITLE)));
    }

    @Test
    void theEightGuidanceAndSixCollaborationCharacteristics() throws IOException {
        // library_checklist_entry: wording, explanation, then the item's seed_key
        Map<String, List<Statement>> perChecklist = new LinkedHashMap<>();
        for (Statement entry : inserts("library_checklist_entry")) {
            perChecklist.computeIfAbsent(entry.literals().get(2), k -> new ArrayList<>()).add(entry);
        }
        assertEquals(8, perChecklist.get("checklist-begeleiding").size());
        assertEquals(6, perChecklist.get("checklist-samenwerking").size());
        String seed = seed("001_");
        perChecklist.values().stream().flatMap(List::stream).forEach(entry -> {
            assertInSeed(seed, entry.literals().get(0));
            assertInSeed(seed, entry.literals().get(1));
        });
        // The two checklists are the two interactive CHECKLIST items.
        assertEquals(List.of("checklist-begeleiding", "checklist-samenwerking"), inserts("library_item").stream()
                .filter(s -> s.sql().contains("'CHECKLIST', 'CHECKLIST'")).map(s -> s.literals().get(0)).toList());
    }

    @Test
    void theQuestionCardsAreSeed002sReflectiveDialogueQuestions() throws IOException {
        List<Statement> cards = inserts("library_card");
        assertEquals(1, cards.size());
        List<String> wordings = cards.get(0).literals().stream().filter(l -> !l.equals("reflectieve-dialoog")).toList();
        assertEquals(15, wordings.size());
        String seed = seed("002_");
        wordings.forEach(wording -> assertInSeed(seed, wording));
        List<Statement> sets = inserts("library_card_set");
        assertEquals(5, sets.size());
        sets.forEach(set -> assertInSeed(seed, set.literals().get(0)));
    }

    @Test
    void everySeededItemIsThePartnershipsAndNamesItsSource() throws IOException {
        List<Statement> items = inserts("library_item");
        assertEquals(12, items.size());
        for (Statement item : items) {
            assertTrue(item.literals().contains("PARTNERSHIP"), item.sql());
            assertTrue(item.sql().contains("source_name"), item.sql());
        }
    }
}
