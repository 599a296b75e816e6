package nl.leerkring.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Role;

class AccountTokenTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 9, 0);
    private final Person person = new Person("a@b.nl", "A", "nl", Set.of(Role.PARTICIPANT), NOW);

    @Test
    void anActivationLinkLastsSevenDaysAndAResetLinkOneHour() {
        assertEquals(NOW.plusDays(7), new AccountToken(person, TokenPurpose.ACTIVATION, "h", NOW).getExpiresAt());
        assertEquals(NOW.plusHours(1), new AccountToken(person, TokenPurpose.PASSWORD_RESET, "h", NOW).getExpiresAt());
    }

    @Test
    void aTokenWorksOnce() {
        AccountToken token = new AccountToken(person, TokenPurpose.ACTIVATION, "h", NOW);
        token.use(NOW.plusMinutes(1));
        assertFalse(token.isUsable(NOW.plusMinutes(2)));
        BusinessException e = assertThrows(BusinessException.class, () -> token.use(NOW.plusMinutes(2)));
        assertEquals("token.invalid", e.getMessageKey());
    }

    @Test
    void anExpiredTokenSaysNoInTheSameWords() {
        AccountToken token = new AccountToken(person, TokenPurpose.PASSWORD_RESET, "h", NOW);
        assertTrue(token.isUsable(NOW.plusMinutes(59)));
        assertFalse(token.isUsable(NOW.plusHours(1)));
        BusinessException e = assertThrows(BusinessException.class, () -> token.use(NOW.plusHours(2)));
        assertEquals("token.invalid", e.getMessageKey());
    }
}
