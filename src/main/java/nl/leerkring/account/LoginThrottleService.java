package nl.leerkring.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Counts failed logins per address in the database, shared by all app instances. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottleService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;

    public boolean isLocked(String email) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key(email));
        return throttle != null && throttle.isLocked(LocalDateTime.now(clock));
    }

    public void registerFailure(String email) {
        registerFailure(email, LoginThrottle.MAX_FAILURES);
    }

    /** Counts a failure for any key (an address, or "rater:" and a network address) against a limit. */
    public void registerFailure(String email, int maxFailures) {
        LocalDateTime now = LocalDateTime.now(clock);
        LoginThrottle throttle = em.find(LoginThrottle.class, key(email), LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(key(email), now);
            em.persist(throttle);
        }
        throttle.registerFailure(now, maxFailures);
    }

    public void reset(String email) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key(email));
        if (throttle != null) {
            em.remove(throttle);
        }
    }

    /** Any text may be typed as an address; the key is its trimmed lower case, cut to the column size. */
    private static String key(String email) {
        String key = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return key.length() > Person.EMAIL_MAX ? key.substring(0, Person.EMAIL_MAX) : key;
    }
}
