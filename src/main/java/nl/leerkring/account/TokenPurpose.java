package nl.leerkring.account;

import java.time.Duration;

/** What an e-mailed account link is for, and how long it stays valid. */
public enum TokenPurpose {
    ACTIVATION(Duration.ofDays(7)),
    PASSWORD_RESET(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
