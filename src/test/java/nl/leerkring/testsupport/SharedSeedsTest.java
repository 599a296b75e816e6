package nl.leerkring.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class SharedSeedsTest {

    private static final Path NOWHERE = Path.of("../shared/seeds/no-such-seed.txt");

    @Test
    void aMissingSeedFailsInCi() {
        AssertionFailedError error = assertThrows(AssertionFailedError.class, () -> SharedSeeds.require(NOWHERE, true));
        assertTrue(error.getMessage().contains("no-such-seed.txt"), error.getMessage());
    }

    @Test
    void aMissingSeedSkipsOnALaptop() {
        assertThrows(TestAbortedException.class, () -> SharedSeeds.require(NOWHERE, false));
    }

    @Test
    void anExistingPathPasses() {
        SharedSeeds.require(Path.of("pom.xml"), true);
    }

    @Test
    void ciIsReadFromTheUsualValues() {
        assertTrue(SharedSeeds.isCi("true"));
        assertTrue(SharedSeeds.isCi("TRUE"));
        assertTrue(SharedSeeds.isCi("1"));
        assertFalse(SharedSeeds.isCi(null));
        assertFalse(SharedSeeds.isCi("false"));
        assertEquals(Path.of("../shared/seeds"), SharedSeeds.FOLDER);
    }
}
