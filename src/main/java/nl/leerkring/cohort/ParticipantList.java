package nl.leerkring.cohort;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import nl.leerkring.platform.Text;

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

    /**
     * A CSV file with a header row naming a name column (naam, name) and an e-mail column (e-mail, email).
     * Each line is read on its own, so a line a spreadsheet or a person broke (an unbalanced quote)
     * is reported with its number and the other lines still count. A quoted value cannot span
     * lines; no name or address has a line break.
     */
    public static Result parseCsv(String content) {
        String text = content == null ? "" : content.replace("\uFEFF", "");
        String[] lines = text.split("\\R");
        String firstLine = lines[0];
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get();
        List<String> header;
        try {
            header = values(firstLine, format);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new BusinessException("participants.csvUnreadable");
        }
        int nameColumn = column(header, "naam", "name", "volledige naam", "full name");
        int emailColumn = column(header, "e-mail", "email", "e-mailadres", "emailadres", "mail");
        if (nameColumn < 0 || emailColumn < 0) {
            throw new BusinessException("participants.csvHeader");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<LineError> errors = new ArrayList<>();
        int records = 0;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            if (++records > MAX_LINES) {
                throw new BusinessException("participants.tooMany", MAX_LINES);
            }
            int lineNumber = i + 1;
            List<String> values;
            try {
                values = values(line, format);
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                errors.add(new LineError(lineNumber, line.strip(), "participants.csvQuote"));
                continue;
            }
            if (values.size() <= Math.max(nameColumn, emailColumn)) {
                errors.add(new LineError(lineNumber, line.strip(), "participants.csvColumns"));
                continue;
            }
            add(entries, errors, lineNumber, line, values.get(nameColumn), values.get(emailColumn));
        }
        return new Result(List.copyOf(entries.values()), errors);
    }

    /** The values of one line; throws when its quotes do not pair up. */
    private static List<String> values(String line, CSVFormat format) throws IOException {
        try (CSVParser parser = CSVParser.parse(line, format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                throw new IllegalStateException("One line gave " + records.size() + " records");
            }
            return records.get(0).toList();
        }
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
        String checkedName;
        try {
            checkedName = Text.requiredSingleLine(name, Person.NAME_MAX, "field.personName");
        } catch (BusinessException e) {
            errors.add(new LineError(lineNumber, line.strip(), e.getMessageKey().equals("input.singleLine")
                    ? "participants.nameCharacters" : "participants.nameInvalid"));
            return;
        }
        entries.putIfAbsent(normalized, new Entry(checkedName, normalized));
    }

    private static int column(List<String> headers, String... candidates) {
        for (int i = 0; i < headers.size(); i++) {
            String normalized = headers.get(i).strip().toLowerCase(Locale.ROOT);
            for (String candidate : candidates) {
                if (normalized.equals(candidate)) {
                    return i;
                }
            }
        }
        return -1;
    }
}
