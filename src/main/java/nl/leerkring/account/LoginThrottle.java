package nl.leerkring.account;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed logins for one e-mail address. After {@link #MAX_FAILURES} failures within
 * {@link #WINDOW} the address is locked for {@link #LOCK}. Kept in the database so that every
 * app instance sees the same count.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    @Id
    @Column(name = "email", length = Person.EMAIL_MAX)
    private String email;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private LocalDateTime windowStart;

    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String email, LocalDateTime now) {
        this.email = email;
        this.windowStart = now;
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void registerFailure(LocalDateTime now) {
        registerFailure(now, MAX_FAILURES);
    }

    /** A failure counted against another limit (rater links from one network allow more). */
    public void registerFailure(LocalDateTime now, int maxFailures) {
        if (now.isAfter(windowStart.plus(WINDOW))) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(LOCK);
            failures = 0;
            windowStart = now;
        }
    }

    public int getFailures() {
        return failures;
    }
}
