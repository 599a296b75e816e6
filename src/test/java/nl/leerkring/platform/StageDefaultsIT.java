package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.leerkring.testsupport.OnServer;
import nl.leerkring.testsupport.Server;
import nl.leerkring.testsupport.TestSupport;

/**
 * The server under test reads the laptop's {@code config/dev.properties} (an H2 file under ./data)
 * and gets the test database as environment variables, as a laptop switched to MariaDB does:
 * the environment wins, and the app really talks to that database.
 */
@OnServer
class StageDefaultsIT {

    private Server server;
    private TestSupport support;

    @Test
    void theEnvironmentWinsOverTheLaptopsSettingsFileForTheDatabase() throws Exception {
        String expected = System.getProperty("it.db.url");
        List<String> sources = support.get("config/sources?key=leerkring.db.url").lines().toList();

        assertTrue(sources.size() >= 3, "the environment, dev.properties and the WAR's defaults: " + sources);
        String[] winner = sources.get(0).split("\\|", 3);
        assertEquals(expected, winner[2], "the highest source: " + sources);
        String[] laptop = sources.stream().filter(s -> s.startsWith("Leerkring stage defaults")).findFirst()
                .orElseThrow(() -> new AssertionError("config/dev.properties is not read: " + sources)).split("\\|", 3);
        assertTrue(laptop[0].endsWith("config/dev.properties"), laptop[0]);
        assertTrue(laptop[2].contains("./data/leerkring"), "dev.properties names the laptop's H2 file: " + laptop[2]);
        assertTrue(Integer.parseInt(winner[1]) > Integer.parseInt(laptop[1]), "ordinals: " + sources);

        // The drivers tidy the URL they report (MariaDB drops the default port): compare driver and database name.
        String used = support.get("config/database-url");
        String withoutOptions = expected.split("[;?]")[0];
        String driver = withoutOptions.substring(0, withoutOptions.indexOf(':', 5) + 1);
        String database = withoutOptions.substring(withoutOptions.lastIndexOf('/'));
        assertTrue(used.startsWith(driver) && used.split("[;?]")[0].endsWith(database) && !used.contains("./data/"),
                "connected to " + used + ", not " + expected);
    }
}
