package nl.leerkring.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The words of a text as the library search compares them: Lucene's Dutch analyzer (lower case,
 * Dutch stop words, the Snowball Dutch stemmer), then a root that also drops the endings by which
 * Dutch makes a noun or adjective of a verb (-eren, -atie, -ie, -ief), which the stemmer keeps:
 * "reflecteren" and "reflectie" both become "reflect", "kalibreren" and "kalibratie" "kalibr".
 * A query word matches an item when a word of the item starts with the query word's root, so a
 * compound such as "leeruitkomsten" is found by "leeruitkomst" and by "leeruit".
 */
public final class DutchSearchTerms {

    /** Longest first: the first that leaves a root of at least {@link #MIN_ROOT} letters is dropped. */
    private static final List<String> ENDINGS = List.of("atie", "eren", "eert", "eerd", "ering", "ief", "ies",
            "eer", "er", "ie", "ing", "isch");
    private static final int MIN_ROOT = 4;
    /** The most query words a search takes; more are ignored. */
    public static final int MAX_QUERY_WORDS = 6;
    /** The longest text a search box takes; a search is not saved, so the browser's limit is enough. */
    public static final int QUERY_MAX = 200;

    private static final Analyzer ANALYZER = new DutchAnalyzer();

    private DutchSearchTerms() {
    }

    /** The roots of a text, each once, in the order they first occur. */
    public static Set<String> roots(String text) {
        Set<String> roots = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return roots;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                roots.add(root(term.toString()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return roots;
    }

    /** What the {@code search_terms} column holds: the roots between spaces, so " root" finds a word start. */
    public static String column(String text) {
        return " " + String.join(" ", roots(text)) + " ";
    }

    /** The LIKE patterns of a query, at most {@link #MAX_QUERY_WORDS}; every one must match. */
    public static List<String> patterns(String query) {
        return roots(query).stream().limit(MAX_QUERY_WORDS)
                .map(root -> "% " + root.replace("\\", "").replace("%", "").replace("_", "") + "%")
                .filter(p -> p.length() > 3).toList();
    }

    static String root(String stem) {
        for (String ending : ENDINGS) {
            if (stem.endsWith(ending) && stem.length() - ending.length() >= MIN_ROOT) {
                return stem.substring(0, stem.length() - ending.length());
            }
        }
        return stem;
    }
}
