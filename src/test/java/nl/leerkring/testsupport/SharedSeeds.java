package nl.leerkring.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The project's source documents in {@code ../shared/seeds}, beside the checkout. Tests that compare
 * seeded text with them need the folder: on a laptop without it they are skipped with a message, but
 * in CI (environment variable {@code CI=true}) a missing folder fails the test, so a broken checkout
 * can never turn the seed checks silently off.
 */
public final class SharedSeeds {

    public static final Path FOLDER = Path.of("../shared/seeds");

    private SharedSeeds() {
    }

    /** The seed file (or the folder itself for "") under {@link #FOLDER}, there or the test stops. */
    public static Path require(String name) {
        Path path = name.isEmpty() ? FOLDER : FOLDER.resolve(name);
        require(path, isCi(System.getenv("CI")));
        return path;
    }

    static void require(Path path, boolean ci) {
        if (Files.exists(path)) {
            return;
        }
        String message = path.toAbsolutePath().normalize() + " is missing: the shared seeds are not beside this checkout";
        if (ci) {
            Assertions.fail(message + " (CI=true, so this fails instead of skipping)");
        }
        Assumptions.abort(message + "; skipped here, it fails in CI");
    }

    static boolean isCi(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1"));
    }
}
