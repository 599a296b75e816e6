package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pages' fields (issue 14 §3): a limit comes from an entity's constant, never a number
 * written in a page; a date is shown in the one pattern per locale from the texts; and every
 * constant a page uses exists, so moving or renaming an entity fails here rather than on the page.
 */
class PageFieldsTest {

    private static final Pattern LITERAL_LIMIT = Pattern.compile("(?:maxlength|a:min|a:max|\\bmin|\\bmax)=\"\\d+\"");
    private static final Pattern DATE_PATTERN = Pattern.compile("<f:convertDateTime[^>]*pattern=\"([^\"]*)\"");
    private static final Pattern IMPORT = Pattern.compile("<o:importConstants type=\"([\\w.]+)\"(?: var=\"(\\w+)\")?/>");
    private static final Pattern CONSTANT = Pattern.compile("#\\{([A-Z]\\w*)\\.([A-Z][A-Z0-9_]*)}");
    /** The wire formats of the browser's date and time inputs, in the field tag only. */
    private static final String FIELD_TAG = "WEB-INF/tags/field.xhtml";

    @Test
    void noPageWritesALimitAsANumber() throws IOException {
        List<String> found = new ArrayList<>();
        pages().forEach((page, content) -> {
            Matcher matcher = LITERAL_LIMIT.matcher(content);
            while (matcher.find()) {
                found.add(page + ": " + matcher.group());
            }
        });
        assertTrue(found.isEmpty(), "limits written as numbers instead of the entity's constant: " + found);
    }

    @Test
    void datesAreShownInThePatternFromTheTexts() throws IOException {
        List<String> found = new ArrayList<>();
        pages().forEach((page, content) -> {
            Matcher matcher = DATE_PATTERN.matcher(content);
            while (matcher.find()) {
                String pattern = matcher.group(1);
                boolean fromTexts = pattern.equals("#{i18n['common.datePattern']}")
                        || pattern.equals("#{i18n['common.dateTimePattern']}");
                if (!fromTexts && !page.equals(FIELD_TAG)) {
                    found.add(page + ": " + pattern);
                }
            }
        });
        assertTrue(found.isEmpty(), "date patterns of their own: " + found);
    }

    @Test
    void everyConstantAPageUsesExists() throws IOException, ClassNotFoundException {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> page : pages().entrySet()) {
            Map<String, Class<?>> imported = new TreeMap<>();
            Matcher imports = IMPORT.matcher(page.getValue());
            while (imports.find()) {
                Class<?> type = Class.forName(imports.group(1));
                imported.put(imports.group(2) != null ? imports.group(2) : type.getSimpleName(), type);
            }
            Matcher constants = CONSTANT.matcher(page.getValue());
            while (constants.find()) {
                Class<?> type = imported.get(constants.group(1));
                if (type == null || !isConstant(type, constants.group(2))) {
                    missing.add(page.getKey() + ": " + constants.group());
                }
            }
        }
        assertEquals(List.of(), missing, "constants not imported or not there");
    }

    private static boolean isConstant(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers());
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static Map<String, String> pages() throws IOException {
        Path root = Path.of("src/main/webapp");
        Map<String, String> pages = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(path -> path.toString().endsWith(".xhtml")).toList()) {
                pages.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return pages;
    }
}
