package nl.leerkring.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

class ExportArchiveTest {

    private static final LocalDateTime MADE = LocalDateTime.of(2026, 3, 2, 9, 30);

    private static Map<String, List<Map<String, Object>>> data() {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", 7L);
        profile.put("display_name", "Pieter <script>alert('x')</script> & Co");
        profile.put("activated_at", LocalDateTime.of(2026, 1, 5, 12, 0));
        profile.put("born", LocalDate.of(2000, 1, 1));
        profile.put("digest_on", true);
        profile.put("nothing", null);
        Map<String, List<Map<String, Object>>> data = new LinkedHashMap<>();
        data.put("profile", List.of(profile));
        data.put("reflections", List.of());
        return data;
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void aZipHoldsAJsonFilePerKindAndTheOverview() throws IOException {
        Map<String, String> entries = entries(ExportArchive.zip(data(), Locale.forLanguageTag("nl"),
                ZoneId.of("Europe/Amsterdam"), MADE));

        assertEquals(java.util.Set.of("profile.json", "reflections.json", ExportArchive.OVERVIEW), entries.keySet());
        JsonArray profile = Json.createReader(new StringReader(entries.get("profile.json"))).readArray();
        JsonObject person = profile.getJsonObject(0);
        assertEquals(7, person.getInt("id"));
        assertEquals("Pieter <script>alert('x')</script> & Co", person.getString("display_name"));
        assertEquals("2026-01-05T12:00Z", person.getString("activated_at"), "date-times in UTC");
        assertEquals("2000-01-01", person.getString("born"));
        assertTrue(person.getBoolean("digest_on"));
        assertTrue(person.isNull("nothing"));
        assertEquals(0, Json.createReader(new StringReader(entries.get("reflections.json"))).readArray().size());
    }

    @Test
    void theOverviewEscapesEveryValueAndShowsTheWallClock() throws IOException {
        String html = entries(ExportArchive.zip(data(), Locale.forLanguageTag("nl"), ZoneId.of("Europe/Amsterdam"), MADE))
                .get(ExportArchive.OVERVIEW);

        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("Pieter &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"), html);
        assertTrue(html.contains("13:00"), "12:00 UTC in January is 13:00 in Amsterdam: " + html);
        assertTrue(html.contains("<h1>Mijn gegevens in Leerkring</h1>"), html);
        assertTrue(html.contains("<h2>Reflecties</h2>\n<p>Niets.</p>"), html);
        assertTrue(html.contains("<html lang=\"nl\">"), html);
    }

    @Test
    void everyKindHasAHeadingInBothLanguages() {
        for (PersonalData.Kind kind : PersonalData.KINDS) {
            for (Locale locale : nl.leerkring.platform.Texts.SUPPORTED) {
                String heading = nl.leerkring.platform.Texts.get(locale, "privacy.export.kind." + kind.name());
                assertFalse(heading.startsWith("???"), kind.name() + " in " + locale);
            }
        }
    }
}
