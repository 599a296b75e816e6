package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The bundles: both languages complete, and every key a page or class asks for exists. */
class TextsTest {

    private static final Pattern PAGE_KEY = Pattern.compile("i18n\\['([a-zA-Z0-9.]+)']");
    private static final Pattern CODE_KEY = Pattern.compile(
            "(?:Messages\\.add\\w+|BusinessException|Texts\\.get)\\([^\"]*\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/nl/leerkring/i18n/" + name);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("text.properties").stringPropertyNames()),
                new TreeSet<>(load("text_en.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInPagesAndCodeExists() throws IOException {
        Set<String> known = load("text.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path file : files(Path.of("src/main/webapp"), ".xhtml")) {
            collect(Files.readString(file), PAGE_KEY, known, missing);
        }
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            collect(Files.readString(file), CODE_KEY, known, missing);
        }
        assertTrue(missing.isEmpty(), "Keys missing in text.properties: " + missing);
    }

    @Test
    void argumentsAreFormattedInTheAskedLanguage() {
        assertEquals("Welkom, Anna", Texts.get(Locale.forLanguageTag("nl"), "dashboard.welcome", "Anna"));
        assertEquals("Welcome, Anna", Texts.get(Locale.ENGLISH, "dashboard.welcome", "Anna"));
        assertEquals("Welkom, Anna", Texts.get(Locale.GERMAN, "dashboard.welcome", "Anna"));
    }

    private static void collect(String content, Pattern pattern, Set<String> known, Set<String> missing) {
        Matcher matcher = pattern.matcher(content);
        while (matcher.find()) {
            if (!known.contains(matcher.group(1))) {
                missing.add(matcher.group(1));
            }
        }
    }

    private static Iterable<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
