package nl.leerkring.learning;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.scan.ScanResult;
import nl.leerkring.scan.ScanService;

/**
 * learning/question.xhtml: the participant writes or revises their own learning question for a
 * cohort, tied to a competence area; the lowest areas of their newest self-scan are suggested.
 */
@Named
@RequestScoped
public class MyQuestionBacking {

    @Inject
    private LearningQuestionService questions;
    @Inject
    private CohortService cohorts;
    @Inject
    private ScanService scans;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "cohort")
    private Long cohortId;

    private Cohort cohort;
    private List<FrameworkAxis> areas;
    private Set<Integer> suggested;
    private Optional<LearningQuestion> current;
    private List<LearningQuestion> history;

    private Long axisId;
    private String question;

    public void load() {
        if (cohort != null) {
            return;
        }
        if (cohortId == null) {
            throw new NotFoundException();
        }
        cohort = cohorts.getAsMember(cohortId, me());
        areas = questions.areas();
        ScanResult scan = scans.latestOwn(me()).orElse(null);
        suggested = scan == null ? Set.of() : Set.copyOf(scan.lowest());
        refresh();
        if (current.isPresent()) {
            axisId = current.get().getAxis().getId();
            question = current.get().getQuestion();
        }
    }

    private void refresh() {
        history = questions.history(me());
        current = history.stream().filter(q -> q.getCohort().getId().equals(cohortId)).findFirst();
    }

    public void save() {
        load();
        boolean revising = current.isPresent();
        questions.ask(cohortId, axisId == null ? -1 : axisId, question, me());
        Messages.addGlobalInfo(revising ? "learning.question.revised" : "learning.question.saved");
        refresh();
    }

    /** Whether the area is among the lowest of the participant's newest self-scan. */
    public boolean isSuggested(FrameworkAxis axis) {
        return suggested.contains(axis.getNumber());
    }

    public String getSuggestedAreas() {
        load();
        return areas.stream().filter(this::isSuggested).map(FrameworkAxis::getLabel).collect(Collectors.joining(", "));
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public Cohort getCohort() {
        load();
        return cohort;
    }

    public List<FrameworkAxis> getAreas() {
        load();
        return areas;
    }

    public LearningQuestion getCurrent() {
        load();
        return current.orElse(null);
    }

    public List<LearningQuestion> getHistory() {
        load();
        return history;
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getAxisId() {
        return axisId;
    }

    public void setAxisId(Long axisId) {
        this.axisId = axisId;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }
}
