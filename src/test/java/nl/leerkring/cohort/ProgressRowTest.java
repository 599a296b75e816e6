package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.platform.Role;

class ProgressRowTest {

    private static ProgressRow row(String name, int present, int late, int absent, boolean scanned) {
        Person person = new Person(name.toLowerCase() + "@school.nl", name, "nl", Set.of(Role.PARTICIPANT), LocalDateTime.now());
        return new ProgressRow(person, null, present, late, absent, 0, scanned, 0, ProgressRow.Loop.NOTHING_YET);
    }

    @Test
    void whoMissedMostComesFirstThenWhoWasLateThenWhoHasNoScanThenByName() {
        List<ProgressRow> rows = new ArrayList<>(List.of(
                row("Anna", 3, 0, 0, true), row("Bram", 1, 0, 2, true), row("Chris", 2, 1, 0, true),
                row("Dirk", 2, 0, 1, true), row("Eva", 2, 0, 1, true), row("Fleur", 3, 0, 0, false)));
        rows.sort(ProgressRow.FALLING_BEHIND_FIRST);
        assertEquals(List.of("Bram", "Dirk", "Eva", "Chris", "Fleur", "Anna"),
                rows.stream().map(r -> r.person().getDisplayName()).toList());
    }
}
