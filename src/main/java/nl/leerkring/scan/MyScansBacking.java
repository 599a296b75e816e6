package nl.leerkring.scan;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;

import nl.leerkring.account.CurrentPerson;

/** scan/mine.xhtml: a participant's scans, and starting a new one. */
@Named
@RequestScoped
public class MyScansBacking {

    @Inject
    private ScanService scans;
    @Inject
    private CurrentPerson currentPerson;

    private List<SelfScan> list;
    private ScanMoment moment = ScanMoment.START;

    public void start() throws IOException {
        SelfScan scan = scans.start(currentPerson.id().orElseThrow(), moment);
        Faces.redirect("scan/fill.xhtml?id=%s", String.valueOf(scan.getId()));
    }

    public List<SelfScan> getScans() {
        if (list == null) {
            list = scans.listOwn(currentPerson.id().orElseThrow());
        }
        return list;
    }

    public boolean isDraftOpen() {
        return getScans().stream().anyMatch(s -> !s.isSubmitted());
    }

    public ScanMoment[] getMoments() {
        return ScanMoment.values();
    }

    public ScanMoment getMoment() {
        return moment;
    }

    public void setMoment(ScanMoment moment) {
        this.moment = moment;
    }
}
