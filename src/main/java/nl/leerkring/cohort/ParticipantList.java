package nl.leerkring.cohort;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import nl.leerkring.account.Person;
import nl.leerkring.platform.BusinessException;

/**
 * Reads a list of participants, pasted as "Name &lt;e-mail&gt;" lines or uploaded as CSV with a
 * name and an e-mail column (comma or semicolon, as Dutch spreadsheets write it). Good lines are
 * kept, each bad line is reported with its number and what is wrong, and a repeated address
 * counts once.
 */
public final class ParticipantList {

    public static final int MAX_LINES = 500;
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("^\\s*(.*?)\\s*<\\s*([^<>\\s]+)\\s*>\\s*$");

    /** A participant to add. */
    public record Entry(String name, String email) {
    }

    /** A line that could not be read: its number (from 1), its text and a bundle key saying why. */
    public record LineError(int lineNumber, String line, String reasonKey) {
    }

    /** What was read. */
    public record Result(List<Entry> entries, List<LineError> errors) {
    }

    private ParticipantList() {
    }

    /** Lines like {@code Anna de Vries <anna@school.nl>}; blank lines are skipped. */
    public static Result parsePasted(String text) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<LineError> errors = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R");
        if (lines.length > MAX_LINES) {
            throw new BusinessException("participants.tooMany", MAX_LINES);
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = NAME_AND_ADDRESS.matcher(line);
            if (!matcher.matches()) {
                errors.add(new LineError(i + 1, line.strip(), "participants.lineFormat"));
                continue;
            }
            add(entries, errors, i + 1, line, matcher.group(1), matcher.group(2));
        }
        return new Result(List.copyOf(entries.values()), errors);
    }

    /** A CSV file with a header row naming a name column (naam, name) and an e-mail column (e-mail, email). */
    public static Result parseCsv(String content) {
        String text = content == null ? "" : content.replace("\uFEFF", "");
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<LineError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            String nameColumn = column(parser.getHeaderNames(), "naam", "name", "volledige naam", "full name");
            String emailColumn = column(parser.getHeaderNames(), "e-mail", "email", "e-mailadres", "emailadres", "mail");
            if (nameColumn == null || emailColumn == null) {
                throw new BusinessException("participants.csvHeader");
            }
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_LINES) {
                    throw new BusinessException("participants.tooMany", MAX_LINES);
                }
                int lineNumber = (int) record.getRecordNumber() + 1;
                String line = String.join(String.valueOf(delimiter), record.values());
                if (!record.isSet(nameColumn) || !record.isSet(emailColumn)) {
                    errors.add(new LineError(lineNumber, line, "participants.csvColumns"));
                    continue;
                }
                add(entries, errors, lineNumber, line, record.get(nameColumn), record.get(emailColumn));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BusinessException("participants.csvUnreadable");
        }
        return new Result(List.copyOf(entries.values()), errors);
    }

    private static void add(Map<String, Entry> entries, List<LineError> errors, int lineNumber, String line,
            String name, String email) {
        String normalized;
        try {
            normalized = Person.normalizeEmail(email);
        } catch (BusinessException e) {
            errors.add(new LineError(lineNumber, line.strip(), "participants.emailInvalid"));
            return;
        }
        String trimmedName = name == null ? "" : name.strip();
        if (trimmedName.isEmpty() || trimmedName.length() > Person.NAME_MAX) {
            errors.add(new LineError(lineNumber, line.strip(), "participants.nameInvalid"));
            return;
        }
        entries.putIfAbsent(normalized, new Entry(trimmedName, normalized));
    }

    private static String column(List<String> headers, String... candidates) {
        for (String header : headers) {
            String normalized = header.strip().toLowerCase(Locale.ROOT);
            for (String candidate : candidates) {
                if (normalized.equals(candidate)) {
                    return header;
                }
            }
        }
        return null;
    }
}
