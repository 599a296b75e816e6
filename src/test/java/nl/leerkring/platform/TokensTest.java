package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aTokenCarries256RandomBitsInUrlSafeCharacters() {
        String token = Tokens.newToken();
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(Tokens.newToken()));
        }
    }

    @Test
    void theHashIsSha256InHexAndDiffersPerToken() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Tokens.hash("abc"));
        assertEquals(Tokens.HASH_LENGTH, Tokens.hash(Tokens.newToken()).length());
        assertNotEquals(Tokens.hash("abc"), Tokens.hash("abd"));
    }

    @Test
    void onlyTheShapeOfANewTokenIsWellFormed() {
        assertTrue(Tokens.isWellFormed(Tokens.newToken()));
        assertFalse(Tokens.isWellFormed(null));
        assertFalse(Tokens.isWellFormed(""));
        assertFalse(Tokens.isWellFormed("a".repeat(42)));
        assertFalse(Tokens.isWellFormed("a".repeat(44)));
        assertFalse(Tokens.isWellFormed("a".repeat(42) + "+"));
    }
}
