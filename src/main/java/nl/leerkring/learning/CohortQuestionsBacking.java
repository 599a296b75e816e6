package nl.leerkring.learning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.account.Person;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortMember;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.platform.NotFoundException;

/**
 * learning/questions.xhtml: before the start meeting the facilitator reads every participant's own
 * learning question, sees how many chose each competence area (where the overlap is), and who has
 * not written one yet.
 */
@Named
@RequestScoped
public class CohortQuestionsBacking {

    /** How many participants tied their question to an area. */
    public record AreaCount(String area, long count, int percent) {
    }

    @Inject
    private LearningQuestionService questions;
    @Inject
    private CohortService cohorts;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "cohort")
    private Long cohortId;

    private Cohort cohort;
    private List<LearningQuestion> current;
    private List<AreaCount> areas;
    private List<Person> without;

    public void load() {
        if (cohort != null) {
            return;
        }
        if (cohortId == null) {
            throw new NotFoundException();
        }
        long me = currentPerson.id().orElseThrow();
        cohort = cohorts.getToManage(cohortId, me);
        current = questions.currentForCohort(cohortId, me);
        Map<String, Long> counts = new LinkedHashMap<>();
        questions.areas().forEach(a -> counts.put(a.getLabel(), 0L));
        current.forEach(q -> counts.merge(q.getAxis().getLabel(), 1L, Long::sum));
        long max = Math.max(1, counts.values().stream().mapToLong(Long::longValue).max().orElse(1));
        areas = counts.entrySet().stream()
                .map(e -> new AreaCount(e.getKey(), e.getValue(), (int) Math.round(100.0 * e.getValue() / max)))
                .toList();
        Set<Long> asked = current.stream().map(q -> q.getPerson().getId()).collect(Collectors.toSet());
        without = cohorts.members(cohort).stream().map(CohortMember::getPerson)
                .filter(p -> !asked.contains(p.getId())).toList();
    }

    public Cohort getCohort() {
        load();
        return cohort;
    }

    public List<LearningQuestion> getCurrent() {
        load();
        return current;
    }

    public List<AreaCount> getAreas() {
        load();
        return areas;
    }

    public List<Person> getWithout() {
        load();
        return without;
    }
}
