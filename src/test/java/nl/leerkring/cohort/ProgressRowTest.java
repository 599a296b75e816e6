package nl.leerkring.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.account.Person;
import nl.leerkring.account.Role;

class ProgressRowTest {

    private static ProgressRow row(String name, int present, int late, int absent) {
        Person person = new Person(name.toLowerCase() + "@school.nl", name, "nl", Set.of(Role.PARTICIPANT), LocalDateTime.now());
        return new ProgressRow(person, null, present, late, absent, 0);
    }

    @Test
    void whoMissedMostComesFirstThenWhoWasLateThenByName() {
        List<ProgressRow> rows = new ArrayList<>(List.of(
                row("Anna", 3, 0, 0), row("Bram", 1, 0, 2), row("Chris", 2, 1, 0), row("Dirk", 2, 0, 1), row("Eva", 2, 0, 1)));
        rows.sort(ProgressRow.FALLING_BEHIND_FIRST);
        assertEquals(List.of("Bram", "Dirk", "Eva", "Chris", "Anna"),
                rows.stream().map(r -> r.person().getDisplayName()).toList());
    }
}
