package nl.leerkring.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens for links in mails, and the hash under which they are stored. */
public final class Tokens {

    /** 32 random bytes = 256 bits. */
    public static final int TOKEN_BYTES = 32;
    /** Hex length of a SHA-256 hash. */
    public static final int HASH_LENGTH = 64;
    /** What {@link #newToken()} makes: 32 bytes in URL-safe Base64 without padding. */
    private static final String SHAPE = "[A-Za-z0-9_-]{43}";

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {
    }

    /** A new URL-safe token of 256 random bits. */
    public static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a text from a link can be one of our tokens; anything else is answered without a query. */
    public static boolean isWellFormed(String token) {
        return token != null && token.matches(SHAPE);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
