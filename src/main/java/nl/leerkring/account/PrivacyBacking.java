package nl.leerkring.account;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * account/privacy.xhtml: what Leerkring stores and who sees it, open to everyone (a rater without an
 * account too); a signed-in person also sees who opened their self-scan, feedback result or
 * reflections.
 */
@Named
@RequestScoped
public class PrivacyBacking {

    @Inject
    private AccessLog accessLog;
    @Inject
    private CurrentPerson currentPerson;

    private List<AccessLogEntry> entries;

    /** The access log about the signed-in person, newest first; nothing for a visitor. */
    public List<AccessLogEntry> getEntries() {
        if (entries == null) {
            entries = currentPerson.id().map(accessLog::entriesAbout).orElse(List.of());
        }
        return entries;
    }

    public int getKeptDays() {
        return accessLog.keptDays();
    }
}
