package nl.leerkring.mail;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail settings from MicroProfile Config (see config/*.properties for every key and its
 * meaning). The mode decides the transport: {@code smtp} for real delivery, {@code log} on a
 * laptop, where mails are written to the server log and shown in the coordinator's mail log.
 */
@ApplicationScoped
public class MailSettings {

    public enum Mode { SMTP, LOG }

    @Inject
    @ConfigProperty(name = "leerkring.mail.mode", defaultValue = "log")
    String mode;
    @Inject
    @ConfigProperty(name = "leerkring.mail.from", defaultValue = "leerkring@localhost")
    String from;
    @Inject
    @ConfigProperty(name = "leerkring.mail.from-name", defaultValue = "Leerkring")
    String fromName;
    @Inject
    @ConfigProperty(name = "leerkring.smtp.host", defaultValue = "localhost")
    String smtpHost;
    @Inject
    @ConfigProperty(name = "leerkring.smtp.port", defaultValue = "25")
    int smtpPort;
    @Inject
    @ConfigProperty(name = "leerkring.smtp.starttls", defaultValue = "false")
    boolean smtpStartTls;
    @Inject
    @ConfigProperty(name = "leerkring.smtp.user")
    Optional<String> smtpUser;
    @Inject
    @ConfigProperty(name = "leerkring.smtp.password")
    Optional<String> smtpPassword;
    @Inject
    @ConfigProperty(name = "leerkring.mail.retry.base-seconds", defaultValue = "60")
    long retryBaseSeconds;
    @Inject
    @ConfigProperty(name = "leerkring.mail.retry.cap-seconds", defaultValue = "21600")
    long retryCapSeconds;
    @Inject
    @ConfigProperty(name = "leerkring.mail.retry.max-attempts", defaultValue = "8")
    int maxAttempts;
    @Inject
    @ConfigProperty(name = "leerkring.mail.batch-size", defaultValue = "200")
    int batchSize;
    @Inject
    @ConfigProperty(name = "leerkring.mail.poll-interval-seconds", defaultValue = "5")
    int pollIntervalSeconds;
    @Inject
    @ConfigProperty(name = "leerkring.mail.claim-lease-seconds", defaultValue = "60")
    long claimLeaseSeconds;

    public Mode mode() {
        return Mode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
    }

    public MailTransport transport() {
        return switch (mode()) {
            case SMTP -> new SmtpMailTransport(this);
            case LOG -> new LogMailTransport();
        };
    }

    /** With real delivery, links that open an account do not stay readable in the database. */
    public boolean forgetSecretsOnceSent() {
        return mode() == Mode.SMTP;
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(Duration.ofSeconds(retryBaseSeconds), Duration.ofSeconds(retryCapSeconds), maxAttempts);
    }

    public int batchSize() {
        return batchSize;
    }

    /** How long a claim on a batch holds unless renewed: after this, another instance takes over the mails of one that died. */
    public Duration claimLease() {
        return Duration.ofSeconds(claimLeaseSeconds);
    }

    public int pollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    public String from() {
        return from;
    }

    public String fromName() {
        return fromName;
    }

    public String smtpHost() {
        return smtpHost;
    }

    public int smtpPort() {
        return smtpPort;
    }

    public boolean smtpStartTls() {
        return smtpStartTls;
    }

    public Optional<String> smtpUser() {
        return smtpUser.filter(user -> !user.isBlank());
    }

    public Optional<String> smtpPassword() {
        return smtpPassword;
    }
}
