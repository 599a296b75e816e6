package nl.leerkring.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.platform.Role;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.instrument.FrameworkVersion;

class ScanExportsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0);
    private static final List<FrameworkAxis> AXES = List.of(
            new FrameworkAxis(1, "Agogische bekwaamheden", "begeleider"),
            new FrameworkAxis(2, "Organisatorische bekwaamheden", "bruggenbouwer"),
            new FrameworkAxis(3, "Opleidingsdidactische bekwaamheden", "poortwachter"),
            new FrameworkAxis(4, "Opleidingsdidactische bekwaamheden", "leraar van leraren"),
            new FrameworkAxis(5, "Ontwikkelingsbekwaam", null));

    private static Person person(long id, String name) throws ReflectiveOperationException {
        Person person = new Person(name.toLowerCase().replace(' ', '.') + "@school.nl", name, "nl", Set.of(Role.PARTICIPANT), NOW);
        Field field = Person.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(person, id);
        return person;
    }

    private static ScanResult result(Person person, Map<Integer, Double> means) {
        SelfScan scan = new SelfScan(person, new FrameworkVersion(1, 7, "laag", "hoog", NOW), ScanMoment.START, NOW);
        scan.submit(0, NOW);
        return new ScanResult(scan, AXES, means, AxisScores.lowest(means));
    }

    @Test
    void thePdfIsOnePageWithTheAxesAndTheMeans() throws Exception {
        ScanResult result = result(person(1, "Anna de Vries"), Map.of(1, 4.5, 2, 3.0, 3, 2.5, 4, 5.2, 5, 6.0));
        byte[] pdf = ScanPdf.render(result, null, "Resultaat zelfscan: Anna de Vries", List.of("Start van het traject"), DUTCH);

        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.contains("Anna de Vries"), text);
        assertTrue(text.contains("Opleidingsdidactische bekwaamheden (poortwachter)"), text);
        assertTrue(text.contains("4,5") && text.contains("2,5"), text);
    }

    @Test
    void theCsvHasARowPerParticipantWithTheMeansOrSaysThereIsNoScan() throws Exception {
        Person anna = person(1, "Anna de Vries");
        Person bram = person(2, "Bram Bakker");
        ScanService.CohortScans scans = new ScanService.CohortScans(
                Map.of(1L, result(anna, Map.of(1, 4.5, 2, 3.0, 3, 2.5, 4, 5.25, 5, 6.0))), Map.of(), false);

        String csv = ScanCsv.render(List.of(anna, bram), scans, AXES, DUTCH);

        assertTrue(csv.startsWith("\uFEFF"), "a byte-order mark for spreadsheets");
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(3, records.size());
        assertEquals("Agogische bekwaamheden (begeleider)", records.get(0).get(5));
        assertEquals(List.of("Anna de Vries", "anna.de.vries@school.nl", "Start van het traject", "2026-11-25", "1",
                "4,50", "3,00", "2,50", "5,25", "6,00"), records.get(1).toList());
        assertEquals("geen zelfscan ingediend", records.get(2).get(2));
    }
}
