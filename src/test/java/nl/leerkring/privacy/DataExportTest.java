package nl.leerkring.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DataExportTest {

    private static final LocalDateTime ASKED = LocalDateTime.of(2026, 3, 2, 9, 0);

    @Test
    void aPendingExportIsOpenAndCannotBeFetched() {
        DataExport export = new DataExport(1, ASKED);

        assertTrue(export.isOpen(ASKED.plusDays(30)), "still being built: a new request is this one");
        assertFalse(export.canBeFetched(ASKED));
    }

    @Test
    void theLinkWorksOnceWithinSevenDays() {
        DataExport export = new DataExport(1, ASKED);
        export.ready(new byte[] {1, 2, 3}, "token", ASKED.plusMinutes(1));

        assertEquals(ExportStatus.READY, export.statusAt(ASKED.plusDays(1)));
        assertArrayEquals(new byte[] {1, 2, 3}, export.fetch(ASKED.plusDays(6)));
        assertEquals(ExportStatus.FETCHED, export.getStatus());
        assertFalse(export.canBeFetched(ASKED.plusDays(6)), "used once");
        assertFalse(export.isOpen(ASKED.plusDays(6)), "a new request may follow");
        assertThrows(IllegalStateException.class, () -> export.fetch(ASKED.plusDays(6)));
    }

    @Test
    void theLinkStopsAfterSevenDays() {
        DataExport export = new DataExport(1, ASKED);
        LocalDateTime ready = ASKED.plusMinutes(1);
        export.ready(new byte[] {1}, "token", ready);

        assertTrue(export.canBeFetched(ready.plusDays(7).minusSeconds(1)));
        assertFalse(export.canBeFetched(ready.plusDays(7)));
        assertEquals(ExportStatus.EXPIRED, export.statusAt(ready.plusDays(7)));
        assertFalse(export.isOpen(ready.plusDays(7)));
    }
}
