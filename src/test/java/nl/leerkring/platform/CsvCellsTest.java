package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** OWASP CSV injection: a cell a spreadsheet would run as a formula gets a quote in front. */
class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
    void aCellStartingAsAFormulaIsShownAsText(String value) {
        assertEquals("'" + value, CsvCells.text(value));
    }

    @Test
    void otherCellsStayAsTheyAre() {
        assertEquals("Anna de Vries", CsvCells.text("Anna de Vries"));
        assertEquals("anna=1@school.nl", CsvCells.text("anna=1@school.nl"));
        assertEquals("", CsvCells.text(""));
        assertNull(CsvCells.text(null));
    }
}
