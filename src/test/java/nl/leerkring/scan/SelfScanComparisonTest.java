package nl.leerkring.scan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.instrument.FrameworkVersion;
import nl.leerkring.platform.Role;

/** Only two scans of one person are laid over each other on the result page (start against end shows growth). */
class SelfScanComparisonTest {

    private static final LocalDateTime NOW = LocalDateTime.parse("2026-09-01T10:00");
    private static final FrameworkVersion VERSION = new FrameworkVersion(1, 7, "laag", "hoog", NOW);

    private static Person person(long id) throws ReflectiveOperationException {
        Person person = new Person("p" + id + "@school.nl", "Persoon " + id, "nl", Set.of(Role.PARTICIPANT), NOW);
        Field field = Person.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(person, id);
        return person;
    }

    @Test
    void aStartAndAnEndScanOfTheSamePersonCompare() throws Exception {
        Person pieter = person(1);
        SelfScan start = new SelfScan(pieter, VERSION, ScanMoment.START, NOW);
        SelfScan end = new SelfScan(person(1), VERSION, ScanMoment.END, NOW.plusMonths(6));
        assertTrue(start.isComparableWith(end));
        assertTrue(end.isComparableWith(start));
    }

    @Test
    void anotherPersonsScanDoesNot() throws Exception {
        SelfScan pieters = new SelfScan(person(1), VERSION, ScanMoment.START, NOW);
        SelfScan sannes = new SelfScan(person(2), VERSION, ScanMoment.START, NOW);
        assertFalse(pieters.isComparableWith(sannes));
    }
}
