package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.Test;

class InstanceLogFieldTest {

    private static final Map<String, String> FIELD = Map.of("Instance", "node-1");

    @Test
    void aRecordWithoutParametersGetsTheInstanceAsItsOnlyOne() {
        LogRecord record = new LogRecord(Level.INFO, "Outbox drained");

        assertTrue(new InstanceLogField.Field("node-1", null).isLoggable(record));

        assertArrayEquals(new Object[] {FIELD}, record.getParameters());
    }

    @Test
    void theRecordsOwnParametersStayInFrontSoItsMessageReadsTheSame() {
        LogRecord record = new LogRecord(Level.WARNING, "Mail {0} to {1} not delivered");
        record.setParameters(new Object[] {12L, "a@b.nl"});

        new InstanceLogField.Field("node-1", null).isLoggable(record);

        assertEquals(3, record.getParameters().length);
        assertEquals(12L, record.getParameters()[0]);
        assertEquals("a@b.nl", record.getParameters()[1]);
        assertEquals(FIELD, record.getParameters()[2]);
    }

    @Test
    void twoHandlersSeeingOneRecordAddTheFieldOnceAndTheFilterItReplacedStillDecides() {
        LogRecord record = new LogRecord(Level.FINE, "detail");
        InstanceLogField.Field field = new InstanceLogField.Field("node-1", r -> r.getLevel().intValue() >= Level.INFO.intValue());

        assertFalse(field.isLoggable(record));
        new InstanceLogField.Field("node-1", null).isLoggable(record);

        assertEquals(1, record.getParameters().length);
    }
}
