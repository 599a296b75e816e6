package nl.leerkring.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place that says from which network address a request came, for the login and
 * rater-link throttles. {@code X-Forwarded-For} is written by whoever sends the request, so it
 * is believed only when the sender is one of the proxies listed in
 * {@code leerkring.trusted-proxies} (addresses or ranges such as {@code 10.0.0.0/8}; none by
 * default). Then the chain is read from the right, skipping our own proxies: the first address
 * they did not write themselves is the client.
 */
@ApplicationScoped
public class ClientAddress {

    /** The proxies we trust: single addresses and address ranges (CIDR). */
    public record TrustedProxies(Set<String> addresses, List<byte[]> rangeNetworks, List<Integer> rangeBits) {

        public static final TrustedProxies NONE = new TrustedProxies(Set.of(), List.of(), List.of());

        /** A comma-separated list of addresses and ranges, as in the setting. */
        public static TrustedProxies parse(String setting) {
            Set<String> addresses = new HashSet<>();
            List<byte[]> networks = new ArrayList<>();
            List<Integer> bits = new ArrayList<>();
            for (String entry : setting.split(",")) {
                String value = entry.strip();
                int slash = value.indexOf('/');
                if (slash < 0) {
                    if (!value.isEmpty()) {
                        addresses.add(normalize(value));
                    }
                    continue;
                }
                byte[] network = bytes(normalize(value.substring(0, slash)));
                int prefix = Integer.parseInt(value.substring(slash + 1).strip());
                if (network == null || prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalArgumentException("Not an address range: " + value);
                }
                networks.add(network);
                bits.add(prefix);
            }
            return new TrustedProxies(Set.copyOf(addresses), List.copyOf(networks), List.copyOf(bits));
        }

        public boolean contains(String address) {
            if (addresses.contains(address)) {
                return true;
            }
            byte[] candidate = rangeNetworks.isEmpty() ? null : bytes(address);
            for (int i = 0; candidate != null && i < rangeNetworks.size(); i++) {
                if (inRange(candidate, rangeNetworks.get(i), rangeBits.get(i))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean inRange(byte[] address, byte[] network, int prefix) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    /** An IPv4 or IPv6 literal, without port; anything else in the header is not believed. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d+");
    private static final Pattern BRACKETED_IPV6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)](?::\\d+)?");

    @Inject
    @ConfigProperty(name = "leerkring.trusted-proxies")
    private Optional<String> trustedProxiesSetting;

    private TrustedProxies trustedProxies = TrustedProxies.NONE;

    @PostConstruct
    void readSetting() {
        trustedProxies = TrustedProxies.parse(trustedProxiesSetting.orElse(""));
    }

    /** The client's address of this request. */
    public String of(HttpServletRequest request) {
        String forwardedFor = String.join(",", Collections.list(request.getHeaders(FORWARDED_FOR)));
        return derive(request.getRemoteAddr(), forwardedFor, trustedProxies);
    }

    /**
     * The client behind a request that reached us from {@code remoteAddress} carrying
     * {@code forwardedFor} (may be null or empty), given the proxies we trust.
     */
    public static String derive(String remoteAddress, String forwardedFor, TrustedProxies trusted) {
        String client = normalize(remoteAddress);
        if (forwardedFor == null || forwardedFor.isBlank() || !trusted.contains(client)) {
            return client;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = normalize(hops[i]);
            if (!ADDRESS.matcher(hop).matches()) {
                // Not written by a proxy of ours: stop at the last address we can vouch for.
                return client;
            }
            if (!trusted.contains(hop)) {
                return hop;
            }
            client = hop;
        }
        return client;
    }

    /** The bytes of an IP literal, or null for anything else (never a name lookup). */
    private static byte[] bytes(String address) {
        if (!ADDRESS.matcher(address).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }

    /** Trimmed, port and brackets removed, IPv6 in one spelling ("::1" and "0:0:0:0:0:0:0:1" alike). */
    static String normalize(String address) {
        String value = address == null ? "" : address.strip();
        var ipv4 = IPV4_WITH_PORT.matcher(value);
        if (ipv4.matches()) {
            value = ipv4.group(1);
        }
        var ipv6 = BRACKETED_IPV6.matcher(value);
        if (ipv6.matches()) {
            value = ipv6.group(1);
        }
        if (value.indexOf(':') >= 0 && ADDRESS.matcher(value).matches()) {
            try {
                // A literal: parsed without any name lookup.
                value = InetAddress.getByName(value).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                return value;
            }
        }
        return value;
    }
}
