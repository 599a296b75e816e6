package nl.leerkring.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import nl.leerkring.platform.BusinessException;

class PasswordPolicyTest {

    private static String refusal(String password, String repeated) {
        return assertThrows(BusinessException.class, () -> PasswordPolicy.check(password, repeated, "anna@school.nl"))
                .getMessageKey();
    }

    @Test
    void aGoodPasswordPasses() {
        assertDoesNotThrow(() -> PasswordPolicy.check("fietsen in de regen", "fietsen in de regen", "anna@school.nl"));
    }

    @Test
    void eachRuleHasItsOwnMessage() {
        assertEquals("password.tooShort", refusal("kort", "kort"));
        assertEquals("password.tooShort", refusal(null, null));
        assertEquals("password.tooLong", refusal("x".repeat(129), "x".repeat(129)));
        assertEquals("password.mismatch", refusal("fietsen in de regen", "fietsen in de zon"));
        assertEquals("password.isEmail", refusal("Anna@School.nl", "Anna@School.nl"));
    }
}
