package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class StageDefaultsTest {

    /** MicroProfile Config's ordinals of the environment and of META-INF/microprofile-config.properties. */
    private static final int ENVIRONMENT = 300;
    private static final int BUILT_IN = 100;

    @Test
    void theLaptopsFileIsReadBelowTheEnvironmentAndAboveTheBuiltInDefaults() {
        StageDefaults laptop = new StageDefaults(Path.of("config/dev.properties"));

        assertTrue(laptop.getOrdinal() < ENVIRONMENT && laptop.getOrdinal() > BUILT_IN);
        assertTrue(laptop.getValue("leerkring.db.url").startsWith("jdbc:h2:file:./data/leerkring"));
        assertEquals("true", laptop.getValue("leerkring.demo-data"));
        assertTrue(laptop.getPropertyNames().contains("leerkring.db.class"));
    }

    @Test
    void withoutAFileTheSourceIsEmpty() {
        StageDefaults none = new StageDefaults(null);

        assertTrue(none.getPropertyNames().isEmpty());
        assertNull(none.getValue("leerkring.db.url"));
    }
}
