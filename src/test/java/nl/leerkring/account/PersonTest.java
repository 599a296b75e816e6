package nl.leerkring.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Role;

class PersonTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 9, 0);

    private static Person person() {
        return new Person("  Anna.de.Vries@School.NL ", " Anna de Vries ", "nl", EnumSet.of(Role.PARTICIPANT), NOW);
    }

    @Test
    void theAddressIsStoredTrimmedAndInLowerCase() {
        Person person = person();
        assertEquals("anna.de.vries@school.nl", person.getEmail());
        assertEquals("Anna de Vries", person.getDisplayName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "anna", "anna@school", "an na@school.nl", "a@b@c.nl"})
    void anInvalidAddressIsRefused(String email) {
        BusinessException e = assertThrows(BusinessException.class,
                () -> new Person(email, "Anna", "nl", Set.of(Role.PARTICIPANT), NOW));
        assertEquals("account.emailInvalid", e.getMessageKey());
    }

    @Test
    void anOverlongAddressIsRefused() {
        String email = "a".repeat(250) + "@x.nl";
        assertThrows(BusinessException.class, () -> Person.normalizeEmail(email));
    }

    @Test
    void nameLanguageAndRolesAreChecked() {
        assertThrows(BusinessException.class, () -> new Person("a@b.nl", " ", "nl", Set.of(Role.PARTICIPANT), NOW));
        assertThrows(BusinessException.class,
                () -> new Person("a@b.nl", "x".repeat(Person.NAME_MAX + 1), "nl", Set.of(Role.PARTICIPANT), NOW));
        assertThrows(BusinessException.class, () -> new Person("a@b.nl", "A", "de", Set.of(Role.PARTICIPANT), NOW));
        assertThrows(BusinessException.class, () -> new Person("a@b.nl", "A", "nl", Set.of(), NOW));
    }

    @Test
    void theLastRoleCannotBeTakenAway() {
        Person person = person();
        assertThrows(BusinessException.class, () -> person.revoke(Role.PARTICIPANT));
        person.grant(Role.FACILITATOR);
        person.revoke(Role.PARTICIPANT);
        assertEquals(Set.of(Role.FACILITATOR), person.getRoles());
    }

    @Test
    void onlyAnActivatedEnabledPersonWithAPasswordCanLogIn() {
        Person person = person();
        assertFalse(person.canLogIn());
        person.setPasswordHash("hash");
        assertFalse(person.canLogIn(), "not activated yet");
        person.activate(NOW);
        assertTrue(person.canLogIn());
        person.disable();
        assertFalse(person.canLogIn());
        person.enable();
        assertTrue(person.canLogIn());
    }
}
