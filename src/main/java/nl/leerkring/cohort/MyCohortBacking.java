package nl.leerkring.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.account.CurrentPerson;

/**
 * cohort/mine.xhtml: a participant's view of their cohorts: the timeline, the next meeting and
 * what to prepare, the current homework and their open steps. Earlier cohorts of the learning
 * community stay listed.
 */
@Named
@RequestScoped
public class MyCohortBacking {

    /** One cohort as the participant sees it. */
    public record View(Cohort cohort, List<TimelineStep> timeline, CyclePosition position, Meeting next,
            Meeting lastHeld) {

        /** The homework agreed at the last meeting held. */
        public String getHomework() {
            return lastHeld == null ? null : lastHeld.getHomework();
        }

        public List<String> getTodoKeys() {
            List<String> keys = new ArrayList<>();
            if (position.stage() == CyclePosition.Stage.BEFORE_START) {
                keys.add("cohort.mine.todo.prepareStart");
            }
            if (getHomework() != null) {
                keys.add("cohort.mine.todo.homework");
            }
            if (next != null && next.getTheory() != null) {
                keys.add("cohort.mine.todo.theory");
            }
            if (next != null) {
                keys.add("cohort.mine.todo.attend");
            }
            return keys;
        }
    }

    @Inject
    private CohortService cohorts;
    @Inject
    private CurrentPerson currentPerson;

    private List<View> views;

    @PostConstruct
    void load() {
        views = new ArrayList<>();
        List<Cohort> mine = cohorts.listAsMember(currentPerson.id().orElseThrow());
        Map<Long, List<Meeting>> meetingsByCohort = cohorts.meetings(mine);
        for (Cohort cohort : mine) {
            List<Meeting> meetings = meetingsByCohort.getOrDefault(cohort.getId(), List.of());
            CyclePosition position = cohorts.position(meetings);
            List<TimelineStep> timeline = TimelineStep.of(meetings, position);
            views.add(new View(cohort, timeline, position, TimelineStep.next(timeline), TimelineStep.lastHeld(timeline)));
        }
    }

    public List<View> getCohorts() {
        return views;
    }
}
