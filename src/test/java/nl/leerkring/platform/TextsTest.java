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
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The bundles: both languages complete, and every key a page or class asks for exists. */
class TextsTest {

    private static final Pattern PAGE_KEY = Pattern.compile("i18n\\['([a-zA-Z0-9_.]+)']");
    /** Any string literal in the code that looks like a key of the bundle (its first part is a key prefix). */
    private static final Pattern CODE_KEY = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_]+)+)\"");

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
        Set<String> prefixes = new TreeSet<>();
        known.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.'))));
        prefixes.remove("nl");
        Set<String> missing = new TreeSet<>();
        for (Path file : files(Path.of("src/main/webapp"), ".xhtml")) {
            collect(Files.readString(file), PAGE_KEY, known, missing);
        }
        for (Path file : files(Path.of("src/main/java"), ".java")) {
            Matcher matcher = CODE_KEY.matcher(Files.readString(file));
            while (matcher.find()) {
                String key = matcher.group(1);
                boolean settingName = key.startsWith("mail.smtp.") || key.startsWith("jakarta.persistence.");
                if (prefixes.contains(key.substring(0, key.indexOf('.'))) && !known.contains(key) && !settingName) {
                    missing.add(key + " (" + file.getFileName() + ")");
                }
            }
        }
        assertTrue(missing.isEmpty(), "Keys missing in text.properties: " + missing);
    }

    /** Pages build these keys from enum constants, so every constant needs its text. */
    @Test
    void everyEnumConstantShownOnAPageHasItsText() throws IOException {
        Set<String> known = load("text.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        Map<String, Enum<?>[]> shown = Map.ofEntries(
                Map.entry("enum.Role.", nl.leerkring.platform.Role.values()),
                Map.entry("enum.MailStatus.", nl.leerkring.mail.MailStatus.values()),
                Map.entry("enum.Phase.", nl.leerkring.cohort.Phase.values()),
                Map.entry("enum.AttendanceStatus.", nl.leerkring.cohort.AttendanceStatus.values()),
                Map.entry("enum.TimelineStep.State.", nl.leerkring.cohort.TimelineStep.State.values()),
                Map.entry("cohort.position.", nl.leerkring.cohort.CyclePosition.Stage.values()),
                Map.entry("schedule.", nl.leerkring.cohort.ScheduleRule.values()),
                Map.entry("schedule.override.", nl.leerkring.cohort.ScheduleRule.values()),
                Map.entry("enum.ScanMoment.", nl.leerkring.scan.ScanMoment.values()),
                Map.entry("enum.ScanStatus.", nl.leerkring.scan.ScanStatus.values()),
                Map.entry("enum.Form.", nl.leerkring.instrument.Form.values()),
                Map.entry("enum.ItemKind.", nl.leerkring.instrument.ItemKind.values()),
                Map.entry("enum.RaterRole.", nl.leerkring.feedback.RaterRole.values()),
                Map.entry("feedback.layer.", nl.leerkring.feedback.RaterRole.values()),
                Map.entry("feedback.status.", nl.leerkring.feedback.RequestStatus.values()),
                Map.entry("enum.ReflectionVisibility.", nl.leerkring.learning.ReflectionVisibility.values()),
                Map.entry("enum.ReflectionVisibility.short.", nl.leerkring.learning.ReflectionVisibility.values()),
                Map.entry("learning.reflections.state.", nl.leerkring.learning.ReflectionService.State.values()),
                Map.entry("enum.ConversationGuide.Step.", nl.leerkring.learning.ConversationGuide.Step.values()),
                Map.entry("enum.SessionStage.", nl.leerkring.learning.session.SessionStage.values()),
                Map.entry("learning.session.explain.", nl.leerkring.learning.session.SessionStage.values()),
                Map.entry("learning.takePart.explain.", nl.leerkring.learning.session.SessionStage.values()));
        shown.forEach((prefix, constants) -> {
            for (Enum<?> constant : constants) {
                if (!known.contains(prefix + constant.name())) {
                    missing.add(prefix + constant.name());
                }
            }
        });
        assertTrue(missing.isEmpty(), "Missing texts: " + missing);
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
