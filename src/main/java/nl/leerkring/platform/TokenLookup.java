package nl.leerkring.platform;

import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * Finds the row behind a token from a mailed link (an account link, a rater's link, a calendar
 * feed). Only the token's hash is stored, so the token is hashed and looked up with a named query
 * that takes the parameter {@code hash}. Whether the row may still be used (expired, spent,
 * closed) is the entity's rule: the caller filters on it.
 */
public final class TokenLookup {

    private TokenLookup() {
    }

    /** The row for the token, or empty for a token that is malformed or unknown. */
    public static <T> Optional<T> find(EntityManager em, String namedQuery, Class<T> type, String token) {
        if (!Tokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(namedQuery, type)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream().findFirst();
    }
}
