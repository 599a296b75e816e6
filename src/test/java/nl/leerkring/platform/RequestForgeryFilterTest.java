package nl.leerkring.platform;

import static nl.leerkring.platform.RequestForgeryFilter.fromOwnSite;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class RequestForgeryFilterTest {

    private static final String REQUEST = "http://localhost:8080";
    private static final Optional<String> BASE = RequestForgeryFilter.origin("https://leerkring.example.nl/");

    @Test
    void originsAreComparedWithTheDefaultPortSpelledOut() {
        assertEquals(Optional.of("https://leerkring.example.nl:443"), BASE);
        assertEquals(Optional.of("http://localhost:8080"), RequestForgeryFilter.origin("HTTP://LocalHost:8080/x?y"));
        assertEquals(Optional.empty(), RequestForgeryFilter.origin("null"));
    }

    @Test
    void theRequestsOwnOriginOrTheBaseUrlIsOurSite() {
        assertTrue(fromOwnSite("http://localhost:8080", null, REQUEST, BASE));
        assertTrue(fromOwnSite("https://leerkring.example.nl", null, REQUEST, BASE), "behind the proxy");
        assertTrue(fromOwnSite(null, "http://localhost:8080/leerkring/dashboard.xhtml", REQUEST, BASE));
        assertTrue(fromOwnSite(null, null, REQUEST, BASE), "old clients send neither header");
    }

    @Test
    void anyOtherSiteIsNot() {
        assertFalse(fromOwnSite("https://evil.example", null, REQUEST, BASE));
        assertFalse(fromOwnSite("http://localhost:8081", null, REQUEST, BASE), "another port");
        assertFalse(fromOwnSite("https://localhost:8080", null, REQUEST, BASE), "another scheme");
        assertFalse(fromOwnSite("null", null, REQUEST, BASE), "a page hiding where it comes from");
        assertFalse(fromOwnSite(null, "https://evil.example/leerkring/", REQUEST, BASE));
        assertFalse(fromOwnSite("https://evil.example", "http://localhost:8080/", REQUEST, BASE), "Origin wins");
        assertFalse(fromOwnSite("https://leerkring.example.nl.evil.example", null, REQUEST, BASE));
    }
}
