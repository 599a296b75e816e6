package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.junit.jupiter.api.Test;

class TokenLookupTest {

    private static final String KNOWN = Tokens.newToken();

    /** The stored rows by token hash. */
    private final Map<String, String> rows = Map.of(Tokens.hash(KNOWN), "the row");
    /** The queries asked, as "name hash". */
    private final List<String> asked = new ArrayList<>();
    private final EntityManager em = entityManager();

    @Test
    void aKnownTokenFindsItsRowByTheHash() {
        assertEquals(Optional.of("the row"), TokenLookup.find(em, "Row.findByHash", String.class, KNOWN));
        assertEquals(List.of("Row.findByHash " + Tokens.hash(KNOWN)), asked);
    }

    @Test
    void anUnknownTokenFindsNothing() {
        assertEquals(Optional.empty(), TokenLookup.find(em, "Row.findByHash", String.class, Tokens.newToken()));
        assertEquals(1, asked.size());
    }

    @Test
    void aMalformedTokenIsAnsweredWithoutAQuery() {
        for (String token : new String[] {null, "", "   ", "short", KNOWN + "x", KNOWN.substring(1) + "=",
                KNOWN.substring(1) + "/", "x".repeat(10_000)}) {
            assertEquals(Optional.empty(), TokenLookup.find(em, "Row.findByHash", String.class, token));
        }
        assertTrue(asked.isEmpty(), asked.toString());
    }

    @Test
    void theTokenIsNeverStoredOrAskedForItself() {
        TokenLookup.find(em, "Row.findByHash", String.class, KNOWN);
        assertFalse(asked.get(0).contains(KNOWN));
    }

    /** Just enough of an EntityManager: a named query with a "hash" parameter, answered from {@link #rows}. */
    private EntityManager entityManager() {
        return (EntityManager) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("createNamedQuery")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    String name = (String) args[0];
                    String[] hash = new String[1];
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {TypedQuery.class},
                            (query, queryMethod, queryArgs) -> switch (queryMethod.getName()) {
                                case "setParameter" -> {
                                    assertEquals("hash", queryArgs[0]);
                                    hash[0] = (String) queryArgs[1];
                                    yield query;
                                }
                                case "getResultStream" -> {
                                    asked.add(name + " " + hash[0]);
                                    yield Optional.ofNullable(rows.get(hash[0])).stream();
                                }
                                default -> throw new UnsupportedOperationException(queryMethod.getName());
                            });
                });
    }
}
