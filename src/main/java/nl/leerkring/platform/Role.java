package nl.leerkring.platform;

import java.util.Locale;

/** What a person may do in Leerkring. One person may hold several roles. */
public enum Role {
    COORDINATOR,
    FACILITATOR,
    PARTICIPANT;

    /** The name used by Jakarta Security, web.xml and {@code isCallerInRole}. */
    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
