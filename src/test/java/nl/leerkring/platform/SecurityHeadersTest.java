package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    private static final String POLICY = "default-src 'self'; script-src 'self'";

    @Test
    void hstsOnlyWhenTheSessionCookieIsSecure() {
        assertEquals("max-age=31536000; includeSubDomains",
                SecurityHeaders.forResponse(POLICY, true, false).get("Strict-Transport-Security"));
        assertFalse(SecurityHeaders.forResponse(POLICY, false, false).containsKey("Strict-Transport-Security"));
    }

    @Test
    void everyResponseGetsThePolicyAndResourcesMayBeCached() {
        var page = SecurityHeaders.forResponse(POLICY, false, false);
        assertEquals(POLICY + ";", page.get("Content-Security-Policy"));
        assertEquals("same-origin", page.get("Referrer-Policy"));
        assertEquals("no-store", page.get("Cache-Control"));
        var resource = SecurityHeaders.forResponse(POLICY, false, true);
        assertEquals(POLICY + ";", resource.get("Content-Security-Policy"));
        assertFalse(resource.containsKey("Cache-Control"));
    }
}
