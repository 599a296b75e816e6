package nl.leerkring.scan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import nl.leerkring.account.Person;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.platform.CsvCells;
import nl.leerkring.platform.Texts;

/**
 * A cohort's self-scan results as CSV (commons-csv): a row per participant with their newest
 * submitted scan. Semicolons and a byte-order mark, so a Dutch spreadsheet opens it as it is.
 * Every text cell goes through {@link CsvCells#text}, so a name like {@code =HYPERLINK(...)} is
 * shown, not run. The version number, the date and the means are formatted here from numbers and
 * written as they are: none can start with a formula character (the means lie on the scale, from 1
 * up, never negative), and a quote in front would turn them into text a spreadsheet cannot add up.
 */
public final class ScanCsv {

    private ScanCsv() {
    }

    public static String render(List<Person> participants, ScanService.CohortScans scans, List<FrameworkAxis> axes,
            Locale locale) {
        List<String> header = new ArrayList<>(List.of(Texts.get(locale, "common.name"), Texts.get(locale, "common.email"),
                Texts.get(locale, "scan.moment"), Texts.get(locale, "scan.date"), Texts.get(locale, "scan.csv.version")));
        axes.forEach(axis -> header.add(CsvCells.text(axis.getLabel())));
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(header.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Person person : participants) {
                ScanResult result = scans.latestByPerson().get(person.getId());
                List<Object> row = new ArrayList<>(
                        List.of(CsvCells.text(person.getDisplayName()), CsvCells.text(person.getEmail())));
                if (result == null) {
                    row.add(Texts.get(locale, "scan.csv.none"));
                    row.add("");
                    row.add("");
                    axes.forEach(axis -> row.add(""));
                } else {
                    row.add(Texts.get(locale, "enum.ScanMoment." + result.scan().getMoment().name()));
                    row.add(result.scan().getSubmittedAt().format(DateTimeFormatter.ISO_LOCAL_DATE));
                    row.add(result.scan().getVersion().getNumber());
                    axes.forEach(axis -> {
                        Double mean = result.mean(axis.getNumber());
                        row.add(mean == null ? "" : String.format(locale, "%.2f", mean));
                    });
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
