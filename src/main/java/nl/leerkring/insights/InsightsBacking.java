package nl.leerkring.insights;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.platform.Texts;
import nl.leerkring.scan.RadarChart;

/**
 * insights/overview.xhtml: the coordinator's figures for all cohorts, one start year or one cohort
 * (chosen with a plain GET form, so a view is a link one can keep), each chart with its table, and
 * the same figures as CSV.
 */
@Named
@RequestScoped
public class InsightsBacking {

    @Inject
    private InsightsService service;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "scope")
    private String scopeParam;

    private InsightsScope scope;
    private Insights insights;
    private InsightsService.Choices choices;

    public void load() {
        if (insights != null) {
            return;
        }
        long me = currentPerson.id().orElseThrow();
        scope = InsightsScope.parse(scopeParam);
        insights = service.insights(scope, me);
        choices = service.choices(me);
    }

    public Insights getInsights() {
        load();
        return insights;
    }

    public InsightsService.Choices getChoices() {
        load();
        return choices;
    }

    public String getScope() {
        load();
        return scope.param();
    }

    /** What the figures are about, in words: "Alle cohorten", "Cohorten die in 2026 begonnen", a cohort's name. */
    public String getScopeName() {
        load();
        Locale locale = Faces.getLocale();
        return switch (scope.kind()) {
            case ALL -> Texts.get(locale, "insights.scope.all");
            case YEAR -> Texts.get(locale, "insights.scope.year", String.valueOf(scope.value()));
            case COHORT -> choices.cohorts().stream().filter(c -> c.getId() == scope.value()).map(Cohort::getName)
                    .findFirst().orElse("");
        };
    }

    public String getRadarJson() {
        load();
        Locale locale = Faces.getLocale();
        List<RadarChart.Layer> layers = new ArrayList<>();
        java.util.Map<Integer, Double> start = new java.util.HashMap<>();
        java.util.Map<Integer, Double> end = new java.util.HashMap<>();
        insights.axes().forEach(a -> {
            start.put(a.axis(), a.start());
            end.put(a.axis(), a.end());
        });
        layers.add(new RadarChart.Layer(Texts.get(locale, "enum.ScanMoment.START"), start));
        layers.add(new RadarChart.Layer(Texts.get(locale, "enum.ScanMoment.END"), end));
        return RadarChart.json(insights.axes().stream().map(AxisGrowth::label).toList(), insights.scalePoints(), layers);
    }

    public String getAttendanceJson() {
        load();
        Locale locale = Faces.getLocale();
        return BarChart.percent(
                insights.attendance().stream().map(m -> Texts.get(locale, "insights.meeting", m.meeting())).toList(),
                Texts.get(locale, "insights.attendance.legend"),
                insights.attendance().stream().map(m -> m.figure().getPercent()).toList());
    }

    /** The figures of this scope as a CSV download. */
    public void downloadCsv() throws IOException {
        load();
        String csv = InsightsCsv.render(insights, getScopeName(), Faces.getLocale());
        Faces.sendFile(csv.getBytes(StandardCharsets.UTF_8), "inzichten-" + scope.param() + ".csv", true);
    }
}
