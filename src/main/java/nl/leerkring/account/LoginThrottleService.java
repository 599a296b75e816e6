package nl.leerkring.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Counts failed logins per account and per client address, and wrong rater links per network
 * address, in the database shared by all app instances. See {@link LoginThrottle} for the growing
 * delay; a count is written in its own transaction so that a refused attempt still counts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottleService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Resource
    private SessionContext context;

    /** Must this login wait, because of its account or because of the client it comes from? */
    public boolean mustWait(String email, String clientAddress) {
        return isWaiting(accountKey(email)) || isWaiting(clientKey(clientAddress));
    }

    /** A failed login counts against the account typed and against the client. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void registerLoginFailure(String email, String clientAddress) {
        countWithRetry(accountKey(email), LoginThrottle.Policy.ACCOUNT);
        countWithRetry(clientKey(clientAddress), LoginThrottle.Policy.CLIENT);
    }

    /**
     * A successful login or a new password clears the account's count. The client's count stays:
     * otherwise an attacker with one account of their own could clear it between guesses.
     */
    public void forgetAccount(String email) {
        LoginThrottle throttle = em.find(LoginThrottle.class, accountKey(email));
        if (throttle != null) {
            em.remove(throttle);
        }
    }

    public boolean raterMustWait(String clientAddress) {
        return isWaiting(raterKey(clientAddress));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void registerWrongRaterLink(String clientAddress) {
        countWithRetry(raterKey(clientAddress), LoginThrottle.Policy.RATER_LINKS);
    }

    private boolean isWaiting(String key) {
        LoginThrottle throttle = em.find(LoginThrottle.class, key);
        return throttle != null && throttle.isWaiting(LocalDateTime.now(clock));
    }

    /**
     * Two first failures of one key at the same moment (a phone repeating a post) both insert its
     * row; the second insert fails on the primary key at commit. Counting again then finds the
     * row the other wrote and locks it, so no failure is lost and nobody sees an error page.
     */
    private void countWithRetry(String key, LoginThrottle.Policy policy) {
        LoginThrottleService self = context.getBusinessObject(LoginThrottleService.class);
        try {
            self.registerFailure(key, policy);
        } catch (EJBException clash) {
            self.registerFailure(key, policy);
        }
    }

    /** One failure counted in a transaction of its own; public only for {@link #countWithRetry}. */
    public void registerFailure(String key, LoginThrottle.Policy policy) {
        LocalDateTime now = LocalDateTime.now(clock);
        LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new LoginThrottle(key, now);
            em.persist(throttle);
        }
        throttle.registerFailure(now, policy);
    }

    /** Any text may be typed as an address; the key is its trimmed lower case, cut to the column size. */
    static String accountKey(String email) {
        return key("account:", email == null ? "" : email.trim().toLowerCase(Locale.ROOT));
    }

    static String clientKey(String clientAddress) {
        return key("client:", clientAddress);
    }

    static String raterKey(String clientAddress) {
        return key("rater:", clientAddress);
    }

    private static String key(String prefix, String value) {
        String key = prefix + (value == null ? "" : value);
        return key.length() > LoginThrottle.KEY_MAX ? key.substring(0, LoginThrottle.KEY_MAX) : key;
    }
}
