package nl.leerkring.platform;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * The settings file of a stage (for instance {@code config/dev.properties} on a laptop), named by
 * the system property or environment variable {@value #LOCATION}. Its ordinal lies between the
 * WAR's built-in defaults (100) and the environment (300), so an environment variable or a system
 * property overrides a line of the file: switching a laptop to MariaDB is setting
 * {@code LEERKRING_DB_URL} and friends, not editing the file. Without the setting the source is empty.
 */
public class StageDefaults implements ConfigSource {

    public static final String LOCATION = "leerkring.stage-defaults";
    public static final int ORDINAL = 200;

    private final String name;
    private final Map<String, String> values;

    public StageDefaults() {
        this(location());
    }

    StageDefaults(Path file) {
        this.name = "Leerkring stage defaults " + (file == null ? "(none)" : file);
        this.values = file == null ? Map.of() : read(file);
    }

    private static Path location() {
        String location = System.getProperty(LOCATION);
        if (location == null || location.isBlank()) {
            location = System.getenv("LEERKRING_STAGE_DEFAULTS");
        }
        return location == null || location.isBlank() ? null : Path.of(location);
    }

    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the settings file " + file + " (" + LOCATION + ")", e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return Map.copyOf(values);
    }

    @Override
    public Set<String> getPropertyNames() {
        return values.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return values.get(propertyName);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }
}
