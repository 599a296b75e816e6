package nl.leerkring.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final ClientAddress.TrustedProxies PROXY = ClientAddress.TrustedProxies.parse("10.0.0.5, 10.0.0.6");
    private static final ClientAddress.TrustedProxies NONE = ClientAddress.TrustedProxies.parse("");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.7", ClientAddress.derive("203.0.113.7", "198.51.100.1", NONE));
        assertEquals("203.0.113.7", ClientAddress.derive("203.0.113.7", null, NONE));
    }

    @Test
    void anUntrustedSenderCannotChooseItsAddressByTheHeader() {
        assertEquals("203.0.113.7", ClientAddress.derive("203.0.113.7", "198.51.100.1", PROXY));
        assertEquals("203.0.113.7", ClientAddress.derive("203.0.113.7", "10.0.0.5", PROXY), "not even a proxy's");
    }

    @Test
    void behindATrustedProxyTheRightMostUntrustedAddressIsTheClient() {
        assertEquals("198.51.100.1", ClientAddress.derive("10.0.0.5", "198.51.100.1", PROXY));
        // The client wrote a made-up address itself; our proxy appended the real one.
        assertEquals("198.51.100.1", ClientAddress.derive("10.0.0.5", "1.2.3.4, 198.51.100.1", PROXY));
        // Two proxies of ours in a row are skipped.
        assertEquals("198.51.100.1", ClientAddress.derive("10.0.0.5", "1.2.3.4, 198.51.100.1, 10.0.0.6", PROXY));
    }

    @Test
    void aTrustedProxyWithoutAHeaderOrWithOnlyProxiesInItIsTheClient() {
        assertEquals("10.0.0.5", ClientAddress.derive("10.0.0.5", null, PROXY));
        assertEquals("10.0.0.5", ClientAddress.derive("10.0.0.5", "", PROXY));
        assertEquals("10.0.0.6", ClientAddress.derive("10.0.0.5", "10.0.0.6", PROXY));
    }

    @Test
    void garbageInTheChainIsNotBelieved() {
        assertEquals("10.0.0.5", ClientAddress.derive("10.0.0.5", "198.51.100.1, attacker.example", PROXY));
        assertEquals("10.0.0.5", ClientAddress.derive("10.0.0.5", "unknown", PROXY));
    }

    @Test
    void addressesAreComparedInOneSpelling() {
        ClientAddress.TrustedProxies loopback = ClientAddress.TrustedProxies.parse("::1");
        assertEquals("2001:db8:0:0:0:0:0:1", ClientAddress.derive("0:0:0:0:0:0:0:1", "[2001:db8::1]:4711", loopback));
        assertEquals("198.51.100.1", ClientAddress.derive("10.0.0.5", "198.51.100.1:5555", PROXY));
    }

    @Test
    void proxiesMayBeGivenAsRanges() {
        ClientAddress.TrustedProxies ranges = ClientAddress.TrustedProxies.parse("10.0.0.0/8, fd00::/8");
        assertEquals("198.51.100.1", ClientAddress.derive("10.20.30.40", "198.51.100.1, 10.1.1.1", ranges));
        assertEquals("11.0.0.1", ClientAddress.derive("11.0.0.1", "198.51.100.1", ranges), "outside the range");
        assertEquals("198.51.100.1", ClientAddress.derive("fd12::1", "198.51.100.1", ranges));
        assertEquals("fe80:0:0:0:0:0:0:1", ClientAddress.derive("fe80::1", "198.51.100.1", ranges));
    }
}
