package nl.leerkring.privacy;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.platform.Moments;

/**
 * The actions of WEB-INF/includes/privacy-actions.xhtml (on account/my-data.xhtml and the privacy
 * page): ask for one's data, see whether it is being prepared or ready, and ask to be erased.
 */
@Named
@ViewScoped
public class MyDataBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DataExports exports;
    @Inject
    private ErasureService erasure;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    private Clock clock;
    @Inject
    private Moments moments;

    private ExportStatus exportStatus;
    private LocalDateTime exportRequestedAt;
    private LocalDateTime exportExpiresAt;
    private boolean erasureRequested;
    private LocalDateTime erasureRequestedAt;
    private boolean erasureUnderstood;

    @PostConstruct
    void load() {
        long personId = personId();
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<DataExport> export = exports.latest(personId);
        exportStatus = export.map(e -> e.statusAt(now)).orElse(null);
        exportRequestedAt = export.map(DataExport::getRequestedAt).orElse(null);
        exportExpiresAt = export.map(DataExport::getExpiresAt).orElse(null);
        Optional<ErasureRequest> request = erasure.find(personId);
        erasureRequested = request.isPresent();
        erasureRequestedAt = request.map(ErasureRequest::getRequestedAt).orElse(null);
    }

    public void requestExport() {
        exports.request(personId());
        load();
        Messages.addGlobalInfo("privacy.actions.exportAsked");
    }

    /** Reloads the status (the page's "check again" button). */
    public void refresh() {
        load();
    }

    public void requestErasure() {
        if (!erasureUnderstood) {
            Messages.addError("erasure:understood", "privacy.actions.erasureConfirmRequired");
            return;
        }
        erasure.request(personId());
        load();
        Messages.addGlobalInfo("privacy.actions.erasureAsked");
    }

    private long personId() {
        return currentPerson.id().orElseThrow(() -> new IllegalStateException("Nobody is signed in"));
    }

    /** Whether a new export may be asked for: none is being prepared or waiting to be fetched. */
    public boolean isExportAllowed() {
        return exportStatus == null || exportStatus == ExportStatus.FETCHED || exportStatus == ExportStatus.EXPIRED;
    }

    public ExportStatus getExportStatus() {
        return exportStatus;
    }

    /** When the export was asked for, on the wall clock, written out for the sentence it stands in. */
    public String getExportRequestedAt() {
        return shown(exportRequestedAt);
    }

    public String getExportExpiresAt() {
        return shown(exportExpiresAt);
    }

    public boolean isErasureRequested() {
        return erasureRequested;
    }

    public String getErasureRequestedAt() {
        return shown(erasureRequestedAt);
    }

    private String shown(LocalDateTime utc) {
        return utc == null ? "" : moments.local(utc).format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Faces.getLocale()));
    }

    public boolean isErasureUnderstood() {
        return erasureUnderstood;
    }

    public void setErasureUnderstood(boolean erasureUnderstood) {
        this.erasureUnderstood = erasureUnderstood;
    }
}
