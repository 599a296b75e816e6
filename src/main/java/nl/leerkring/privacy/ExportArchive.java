package nl.leerkring.privacy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import nl.leerkring.platform.Texts;

/**
 * The ZIP a person downloads: one JSON file per kind of record ({@code <kind>.json}, an array of objects;
 * date-times in UTC, ISO 8601) and {@code overzicht.html}, the same data readable in a browser, every
 * value HTML-escaped and date-times in the application's time zone.
 */
public final class ExportArchive {

    public static final String OVERVIEW = "overzicht.html";

    private static final JsonGeneratorFactory JSON = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private ExportArchive() {
    }

    public static byte[] zip(Map<String, List<Map<String, Object>>> data, Locale locale, ZoneId zone, LocalDateTime madeAt) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, List<Map<String, Object>>> kind : data.entrySet()) {
                zip.putNextEntry(new ZipEntry(kind.getKey() + ".json"));
                writeJson(kind.getValue(), zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(OVERVIEW));
            zip.write(html(data, locale, zone, madeAt).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a ZIP in memory failed", e);
        }
        return bytes.toByteArray();
    }

    private static void writeJson(List<Map<String, Object>> records, OutputStream out) {
        // The generator must not close the ZIP stream it writes into.
        OutputStream unclosable = new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
        try (JsonGenerator json = JSON.createGenerator(unclosable, StandardCharsets.UTF_8)) {
            json.writeStartArray();
            for (Map<String, Object> record : records) {
                json.writeStartObject();
                for (Map.Entry<String, Object> field : record.entrySet()) {
                    Object value = field.getValue();
                    if (value == null) {
                        json.writeNull(field.getKey());
                    } else if (value instanceof Boolean flag) {
                        json.write(field.getKey(), flag);
                    } else if (value instanceof Long number) {
                        json.write(field.getKey(), number);
                    } else if (value instanceof LocalDateTime utc) {
                        json.write(field.getKey(), utc.atOffset(ZoneOffset.UTC).toString());
                    } else {
                        json.write(field.getKey(), value.toString());
                    }
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
    }

    static String html(Map<String, List<Map<String, Object>>> data, Locale locale, ZoneId zone, LocalDateTime madeAt) {
        DateTimeFormatter dateTimes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        StringBuilder html = new StringBuilder(8192);
        String title = Texts.get(locale, "privacy.export.html.title");
        html.append("<!DOCTYPE html>\n<html lang=\"").append(escape(locale.getLanguage())).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a}")
                .append("table{border-collapse:collapse;margin-bottom:1.5rem;display:block;overflow-x:auto}")
                .append("th,td{border:1px solid #767676;padding:.25rem .5rem;text-align:left;vertical-align:top;")
                .append("white-space:pre-wrap}</style>\n</head>\n<body>\n<main>\n<h1>").append(escape(title)).append("</h1>\n<p>")
                .append(escape(Texts.get(locale, "privacy.export.html.intro",
                        madeAt.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime().format(dateTimes))))
                .append("</p>\n");
        for (Map.Entry<String, List<Map<String, Object>>> kind : data.entrySet()) {
            String heading = Texts.get(locale, "privacy.export.kind." + kind.getKey());
            html.append("<section>\n<h2>").append(escape(heading)).append("</h2>\n");
            List<Map<String, Object>> records = kind.getValue();
            if (records.isEmpty()) {
                html.append("<p>").append(escape(Texts.get(locale, "privacy.export.html.none"))).append("</p>\n");
            } else {
                html.append("<table>\n<caption>").append(escape(heading)).append(" (").append(records.size())
                        .append(")</caption>\n<thead><tr>");
                for (String column : records.get(0).keySet()) {
                    html.append("<th scope=\"col\">").append(escape(column)).append("</th>");
                }
                html.append("</tr></thead>\n<tbody>\n");
                for (Map<String, Object> record : records) {
                    html.append("<tr>");
                    for (Object value : record.values()) {
                        html.append("<td>").append(escape(shown(value, zone, dateTimes, dates))).append("</td>");
                    }
                    html.append("</tr>\n");
                }
                html.append("</tbody>\n</table>\n");
            }
            html.append("</section>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }

    private static String shown(Object value, ZoneId zone, DateTimeFormatter dateTimes, DateTimeFormatter dates) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDateTime utc) {
            return utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDateTime().format(dateTimes);
        }
        if (value instanceof LocalDate date) {
            return date.format(dates);
        }
        return value.toString();
    }

    /** HTML-escapes text for element content and attribute values. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
