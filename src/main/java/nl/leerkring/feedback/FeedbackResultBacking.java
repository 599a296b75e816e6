package nl.leerkring.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.leerkring.account.AccountService;
import nl.leerkring.account.CurrentPerson;
import nl.leerkring.account.Person;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.instrument.FrameworkVersion;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Texts;
import nl.leerkring.scan.RadarChart;
import nl.leerkring.scan.ScanMoment;

/**
 * feedback/result.xhtml: one radar with a layer per source (self-scan, student teachers,
 * schoolopleiders, colleagues), the gap table, and the feed-forward per area. A facilitator
 * opens it with ?person=&cohort= when the participant shared it with that cohort.
 */
@Named
@RequestScoped
public class FeedbackResultBacking {

    @Inject
    private FeedbackService feedback;
    @Inject
    private FrameworkService framework;
    @Inject
    private AccountService accounts;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "person")
    private Long personId;
    @Inject
    @Param(name = "cohort")
    private Long cohortId;
    @Inject
    @Param(name = "moment")
    private ScanMoment moment;

    private FeedbackService.Overview overview;
    private FrameworkVersion version;
    private List<FrameworkAxis> axes;
    private Person person;

    public void load() {
        if (overview != null) {
            return;
        }
        long me = currentPerson.id().orElseThrow();
        if (moment == null) {
            moment = ScanMoment.START;
        }
        if (personId == null || personId == me) {
            overview = feedback.overview(me, moment);
            person = accounts.getPerson(me);
        } else if (cohortId == null) {
            throw new NotFoundException();
        } else {
            overview = feedback.overviewForFacilitator(personId, cohortId, me, moment);
            person = accounts.getPerson(personId);
        }
        version = framework.current();
        axes = framework.axes(version);
    }

    public FeedbackService.Overview getOverview() {
        load();
        return overview;
    }

    public ScanMoment getMoment() {
        load();
        return moment;
    }

    public ScanMoment[] getMoments() {
        return new ScanMoment[] {ScanMoment.START, ScanMoment.END};
    }

    public Long getPersonId() {
        return personId;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Person getPerson() {
        load();
        return person;
    }

    public List<FrameworkAxis> getAxes() {
        load();
        return axes;
    }

    public boolean isNoFeedback() {
        load();
        return overview.result().layers().isEmpty();
    }

    public String axisLabel(int number) {
        load();
        return axes.stream().filter(a -> a.getNumber() == number).map(FrameworkAxis::getLabel).findFirst().orElse("");
    }

    public String roleLabel(RaterRole role) {
        return Texts.get(Faces.getLocale(), "feedback.layer." + role.name());
    }

    public String getRadarJson() {
        load();
        Locale locale = Faces.getLocale();
        List<RadarChart.Layer> layers = new ArrayList<>();
        if (!overview.self().isEmpty()) {
            layers.add(new RadarChart.Layer(Texts.get(locale, "feedback.layer.SELF"), overview.self()));
        }
        for (Map.Entry<RaterRole, Map<Integer, Double>> layer : overview.result().layers().entrySet()) {
            layers.add(new RadarChart.Layer(roleLabel(layer.getKey()), layer.getValue()));
        }
        return RadarChart.json(axes.stream().map(FrameworkAxis::getLabel).toList(),
                version.getScalePoints(), layers);
    }
}
