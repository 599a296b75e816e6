package nl.leerkring.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.CyclePosition;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.cohort.TimelineStep;
import nl.leerkring.learning.LearningQuestionService;
import nl.leerkring.learning.MeetingSummary;
import nl.leerkring.learning.MeetingSummaryService;
import nl.leerkring.learning.PracticePlan;
import nl.leerkring.learning.PracticePlanService;
import nl.leerkring.learning.ReflectionService;
import nl.leerkring.platform.LocaleSelection;

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
            Meeting lastHeld, Loop loop, List<MeetingSummary> summaries) {

        /** The homework agreed at the last meeting held. */
        public String getHomework() {
            return lastHeld == null ? null : lastHeld.getHomework();
        }

        /** Where a to-do of {@link #getTodoKeys()} is done, relative to the application. */
        public String linkOf(String todoKey) {
            return switch (todoKey) {
                case "cohort.mine.todo.question" -> "learning/question.xhtml?cohort=" + cohort.getId();
                case "cohort.mine.todo.plan", "cohort.mine.todo.report" -> "learning/plans.xhtml?cohort=" + cohort.getId();
                case "cohort.mine.todo.reflect" -> "learning/reflect.xhtml?meeting=" + lastHeld.getId();
                default -> "cohort/mine.xhtml";
            };
        }

        public List<String> getTodoKeys() {
            ParticipantTodos.Plan plan = loop.plan() == null ? ParticipantTodos.Plan.NONE
                    : loop.plan().isReported() ? ParticipantTodos.Plan.REPORTED : ParticipantTodos.Plan.MADE;
            return ParticipantTodos.keys(new ParticipantTodos.Facts(position.stage(), loop.hasQuestion(), lastHeld != null,
                    loop.reflectedOnLastHeld(), plan, next != null, getHomework() != null,
                    next != null && next.getAgenda().getTheory() != null));
        }
    }

    /** The participant's own learning loop in a cohort: a question yet, and the plan for the last meeting held. */
    public record Loop(boolean hasQuestion, PracticePlan plan, boolean reflectedOnLastHeld) {
    }

    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private LearningQuestionService questions;
    @Inject
    private PracticePlanService plans;
    @Inject
    private ReflectionService reflections;
    @Inject
    private MeetingSummaryService summaryService;
    @Inject
    private LocaleSelection localeSelection;
    @Inject
    private CurrentPerson currentPerson;

    private List<View> views;

    @PostConstruct
    void load() {
        views = new ArrayList<>();
        long me = currentPerson.id().orElseThrow();
        List<Cohort> mine = cohorts.listAsMember(me);
        Map<Long, List<Meeting>> meetingsByCohort = meetingService.meetings(mine);
        Set<Long> asked = questions.history(me).stream().map(q -> q.getCohort().getId()).collect(Collectors.toSet());
        Map<Long, PracticePlan> planByMeeting = new HashMap<>();
        plans.own(me).forEach(p -> planByMeeting.put(p.getMeeting().getId(), p));
        Set<Long> reflected = reflections.reflectedMeetings(me);
        Map<Long, List<MeetingSummary>> summariesByCohort = new HashMap<>();
        summaryService.sentFor(me).forEach(s -> summariesByCohort.computeIfAbsent(s.getCohort().getId(),
                k -> new ArrayList<>()).add(s));
        for (Cohort cohort : mine) {
            List<Meeting> meetings = meetingsByCohort.getOrDefault(cohort.getId(), List.of());
            CyclePosition position = meetingService.position(meetings);
            List<TimelineStep> timeline = TimelineStep.of(meetings, position);
            Meeting lastHeld = TimelineStep.lastHeld(timeline);
            Loop loop = new Loop(asked.contains(cohort.getId()), lastHeld == null ? null : planByMeeting.get(lastHeld.getId()),
                    lastHeld != null && reflected.contains(lastHeld.getId()));
            views.add(new View(cohort, timeline, position, TimelineStep.next(timeline), lastHeld, loop,
                    summariesByCohort.getOrDefault(cohort.getId(), List.of())));
        }
    }

    /** A sent summary's meeting, in the reader's language. */
    public String meetingName(MeetingSummary summary) {
        return MeetingSummaryService.meetingName(summary.getMeeting(), localeSelection.getLocale());
    }

    /** When a summary was first sent, on the meetings' wall clock, in the reader's language. */
    public String sentOn(MeetingSummary summary) {
        return MeetingSummaryService.formatted(summaryService.sentLocal(summary), localeSelection.getLocale());
    }

    public List<View> getCohorts() {
        return views;
    }
}
