package nl.leerkring.insights;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import nl.leerkring.platform.CsvCells;
import nl.leerkring.platform.Texts;

/**
 * The figures of one scope as CSV (commons-csv), one line per figure: what, of which, the value,
 * the counts and the people behind it; "too few to show" where they are fewer than the minimum.
 * Semicolons and a byte-order mark like the scan export, so a Dutch spreadsheet opens it as it is.
 * Nothing per person: the lines are exactly the page's figures. Texts the coordinator typed (the
 * axis and cohort names) go through {@link CsvCells#text}; numbers are written as they are.
 */
final class InsightsCsv {

    private InsightsCsv() {
    }

    static String render(Insights insights, String scopeName, Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        String tooFew = Texts.get(locale, "insights.tooFew");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(
                Texts.get(locale, "insights.csv.scope"), Texts.get(locale, "insights.csv.figure"),
                Texts.get(locale, "insights.csv.item"), Texts.get(locale, "insights.csv.value"),
                Texts.get(locale, "insights.csv.part"), Texts.get(locale, "insights.csv.whole"),
                Texts.get(locale, "insights.csv.people")).get();
        String scope = CsvCells.text(scopeName);
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (AxisGrowth axis : insights.axes()) {
                String item = CsvCells.text(axis.label());
                printer.printRecord(scope, Texts.get(locale, "insights.csv.scanStart"), item,
                        mean(axis.start(), tooFew, locale), "", "", axis.start() == null ? "" : axis.startPeople());
                printer.printRecord(scope, Texts.get(locale, "insights.csv.scanEnd"), item,
                        mean(axis.end(), tooFew, locale), "", "", axis.end() == null ? "" : axis.endPeople());
                printer.printRecord(scope, Texts.get(locale, "insights.csv.growth"), item,
                        mean(axis.getGrowth(), tooFew, locale), "", "", "");
            }
            for (RoleFigure role : insights.raters()) {
                figure(printer, scope, Texts.get(locale, "insights.csv.raters"),
                        Texts.get(locale, "enum.RaterRole." + role.role()), role.figure(), tooFew, locale);
            }
            meetings(printer, scope, Texts.get(locale, "insights.csv.attendance"), insights.attendance(), tooFew, locale);
            meetings(printer, scope, Texts.get(locale, "insights.csv.reflections"), insights.reflections(), tooFew, locale);
            figure(printer, scope, Texts.get(locale, "insights.work.questions"), "", insights.questions(), tooFew, locale);
            figure(printer, scope, Texts.get(locale, "insights.work.plans"), "", insights.plans(), tooFew, locale);
            figure(printer, scope, Texts.get(locale, "insights.work.reports"), "", insights.reports(), tooFew, locale);
            figure(printer, scope, Texts.get(locale, "insights.work.summaries"), "", insights.summaries(), tooFew, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void meetings(CSVPrinter printer, String scope, String what, List<MeetingFigure> meetings,
            String tooFew, Locale locale) throws IOException {
        for (MeetingFigure meeting : meetings) {
            figure(printer, scope, what, Texts.get(locale, "insights.meeting", meeting.meeting()), meeting.figure(),
                    tooFew, locale);
        }
    }

    private static void figure(CSVPrinter printer, String scope, String what, String item, Figure figure,
            String tooFew, Locale locale) throws IOException {
        if (figure.isShown()) {
            printer.printRecord(scope, what, item, String.format(locale, "%.1f%%", figure.getPercent()),
                    figure.part(), figure.whole(), figure.people());
        } else {
            printer.printRecord(scope, what, item, tooFew, "", "", "");
        }
    }

    private static String mean(Double value, String tooFew, Locale locale) {
        return value == null ? tooFew : String.format(locale, "%.2f", value);
    }
}
