package nl.leerkring.scan;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Texts;

/**
 * scan/result.xhtml: the radar of a scan, the same numbers in a table, the lowest axes, and an
 * overlay with another scan of the same person (start against end shows growth).
 */
@Named
@RequestScoped
public class ScanResultBacking {

    /** One line of the table: an axis and its means. */
    public record Row(FrameworkAxis axis, Double mean, Double compared, boolean lowest) {

        public Double getDifference() {
            return mean == null || compared == null ? null : mean - compared;
        }
    }

    @Inject
    private ScanService scans;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "id")
    private Long id;
    @Inject
    @Param(name = "compare")
    private Long compareId;

    private ScanResult result;
    private ScanResult compared;
    private List<SelfScan> others;
    private List<ScanService.CohortLink> cohortLinks;

    public void load() {
        if (result != null) {
            return;
        }
        if (id == null) {
            throw new NotFoundException();
        }
        long me = currentPerson.id().orElseThrow();
        SelfScan scan = scans.getToView(id, me);
        result = scans.result(scan);
        // A facilitator is offered only the scans shown to their cohorts, never the person's others.
        others = scans.submittedVisibleTo(scan.getPerson().getId(), me).stream()
                .filter(s -> !s.getId().equals(id))
                .toList();
        if (compareId != null) {
            compared = scans.result(scans.getToCompare(scan, compareId, me));
        }
    }

    public ScanResult getResult() {
        load();
        return result;
    }

    public ScanResult getCompared() {
        load();
        return compared;
    }

    /** Comparing scans of two framework versions: the page says so instead of mixing silently. */
    public boolean isVersionsDiffer() {
        load();
        return compared != null
                && !compared.scan().getVersion().getId().equals(result.scan().getVersion().getId());
    }

    public List<SelfScan> getOthers() {
        load();
        return others;
    }

    /** For the owner of a submitted scan: each cohort they take part in, and whether it is shown there. */
    public List<ScanService.CohortLink> getCohortLinks() {
        load();
        if (cohortLinks == null) {
            cohortLinks = isOwn() && result.scan().isSubmitted()
                    ? scans.cohortLinks(result.scan(), currentPerson.id().orElseThrow()) : List.of();
        }
        return cohortLinks;
    }

    /** The owner shows this scan to a cohort's facilitators. */
    public void bringAlong(long cohortId) {
        scans.bringAlong(id, cohortId, currentPerson.id().orElseThrow());
        Messages.addGlobalInfo("scan.broughtAlong");
        cohortLinks = null;
    }

    /** The owner takes a scan they brought along back. */
    public void takeBack(long cohortId) {
        scans.takeBack(id, cohortId, currentPerson.id().orElseThrow());
        Messages.addGlobalInfo("scan.takenBack");
        cohortLinks = null;
    }

    /**
     * The result shown when it is the owner's newest submitted scan (the newest by submission, as
     * {@link ScanService#latestOwn} orders them), so the library's suggestions need not read it again; else null.
     */
    public ScanResult getNewestOwn() {
        load();
        SelfScan shown = result.scan();
        if (!isOwn() || !shown.isSubmitted()) {
            return null;
        }
        boolean newest = others.stream().noneMatch(other -> other.getSubmittedAt().isAfter(shown.getSubmittedAt())
                || (other.getSubmittedAt().isEqual(shown.getSubmittedAt()) && other.getId() > shown.getId()));
        return newest ? result : null;
    }

    public boolean isOwn() {
        load();
        return result.scan().getPerson().getId().equals(currentPerson.id().orElse(-1L));
    }

    public List<Row> getRows() {
        load();
        List<Row> rows = new ArrayList<>();
        for (FrameworkAxis axis : result.axes()) {
            rows.add(new Row(axis, result.mean(axis.getNumber()),
                    compared == null ? null : compared.mean(axis.getNumber()),
                    result.lowest().contains(axis.getNumber())));
        }
        return rows;
    }

    public List<FrameworkAxis> getLowestAxes() {
        load();
        return result.axes().stream().filter(a -> result.lowest().contains(a.getNumber())).toList();
    }

    public String getRadarJson() {
        load();
        Locale locale = Faces.getLocale();
        List<RadarChart.Layer> layers = new ArrayList<>();
        layers.add(new RadarChart.Layer(label(result.scan(), locale), result.means()));
        if (compared != null) {
            layers.add(new RadarChart.Layer(label(compared.scan(), locale), compared.means()));
        }
        return RadarChart.json(result.axes().stream().map(FrameworkAxis::getLabel).toList(),
                result.scan().getVersion().getScalePoints(), layers);
    }

    public String label(SelfScan scan, Locale locale) {
        String when = scan.getSubmittedAt() == null ? ""
                : " " + scan.getSubmittedAt().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
        return Texts.get(locale, "enum.ScanMoment." + scan.getMoment().name()) + when;
    }

    /** The result as a one-page PDF download. */
    public void downloadPdf() throws java.io.IOException {
        load();
        Locale locale = Faces.getLocale();
        List<String> labels = new ArrayList<>();
        labels.add(label(result.scan(), locale));
        if (compared != null) {
            labels.add(label(compared.scan(), locale));
        }
        String title = Texts.get(locale, "scan.result.title") + ": " + result.scan().getPerson().getDisplayName();
        byte[] pdf = ScanPdf.render(result, compared, title, labels, locale);
        Faces.sendFile(pdf, "zelfscan-" + result.scan().getId() + ".pdf", true);
    }

    public String labelOf(SelfScan scan) {
        return label(scan, Faces.getLocale());
    }

    public Long getId() {
        return id;
    }
}
