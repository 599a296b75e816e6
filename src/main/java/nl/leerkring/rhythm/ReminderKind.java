package nl.leerkring.rhythm;

/** The reminders of the rhythm; the key prefix is part of each mail's idempotency key. */
public enum ReminderKind {
    MEETING_REMINDER("meeting-reminder", "meeting-reminder"),
    HALFWAY("halfway", "rhythm-halfway"),
    REFLECTION("reflection-reminder", "rhythm-reflection"),
    SCAN_NUDGE("scan-nudge", "rhythm-scan-nudge");

    private final String keyPrefix;
    private final String template;

    ReminderKind(String keyPrefix, String template) {
        this.keyPrefix = keyPrefix;
        this.template = template;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    public String template() {
        return template;
    }
}
