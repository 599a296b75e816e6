package nl.leerkring.account;

import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * PBKDF2 with HMAC-SHA512 at 210,000 iterations (OWASP's advice for this algorithm). The
 * iteration count travels inside each stored hash, so raising it later keeps old hashes valid.
 * The integration tests lower it ({@code leerkring.password.iterations}): each of their hundreds of
 * accounts and sign-ins would otherwise spend a fifth of a second of the build's two cores on it.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int ITERATIONS = 210_000;
    /** Payara's PBKDF2 refuses fewer. */
    static final int MINIMUM_ITERATIONS = 1_024;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = "leerkring.password.iterations", defaultValue = "" + ITERATIONS)
    private int iterations;

    /** Checked when an address is unknown, so that a wrong address takes as long as a wrong password. */
    private String decoy;

    @PostConstruct
    void configure() {
        hash.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(Math.max(MINIMUM_ITERATIONS, iterations)),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64"));
        decoy = hash.generate("decoy password that matches nothing".toCharArray());
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean verify(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }

    /** Spends the same time as {@link #verify} without anything to compare against. */
    public void verifyDecoy(String password) {
        hash.verify(password.toCharArray(), decoy);
    }
}
