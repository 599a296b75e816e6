package nl.leerkring.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import nl.leerkring.account.Person;
import nl.leerkring.cohort.Attendance;
import nl.leerkring.cohort.CheckedCohort;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortGroup;
import nl.leerkring.cohort.CohortMember;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.CyclePosition;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.cohort.ProgressRow;
import nl.leerkring.cohort.TimelineStep;
import nl.leerkring.feedback.FeedbackService;
import nl.leerkring.learning.LearningQuestion;
import nl.leerkring.learning.LearningQuestionService;
import nl.leerkring.learning.MeetingSummary;
import nl.leerkring.learning.MeetingSummaryService;
import nl.leerkring.learning.PracticePlan;
import nl.leerkring.learning.PracticePlanService;
import nl.leerkring.learning.ReflectionService;
import nl.leerkring.learning.session.GroupQuestionService;
import nl.leerkring.learning.session.GroupSession;
import nl.leerkring.scan.ScanService;

/**
 * A cohort's progress, gathered from the features that own it: the facilitator's cohort page with
 * the grid, the meeting page with its plan review, and a participant's cohorts with their to-dos.
 * Each page checks access once, here, through {@link CohortService}; the features are then asked for
 * their part through methods that take the {@link CheckedCohort}, which only that check can make.
 * A coordinator gets a cohort without its people: no names, rows, scans or groups (DESIGN §7).
 *
 * <p>A CDI bean with one transaction per call: the features' services join it, so a page's reads
 * share one connection and one persistence context instead of one of each per call.
 */
@ApplicationScoped
@Transactional
public class ProgressService {

    /** A coordinator sees a cohort's group means only from this many scans on (DESIGN §7). */
    public static final int COORDINATOR_MINIMUM = 5;

    /**
     * What the cohort page shows of a cohort, after one access check. Members, invitations and groups
     * are empty for a coordinator, who gets the counts instead.
     */
    public record CohortPage(CheckedCohort checked, List<Meeting> meetings, CyclePosition position,
            List<CohortMember> members, List<CohortMember> invited, CohortService.MemberCounts counts,
            List<CohortGroup> groups) {

        public Cohort cohort() {
            return checked.cohort();
        }

        /** Whether the viewer is one of the cohort's facilitators, who see its people. */
        public boolean isFacilitator() {
            return checked.seesPeople();
        }

        List<Long> memberIds() {
            return members.stream().map(m -> m.getPerson().getId()).toList();
        }
    }

    /** The progress grid with the members' scans and who shares their feedback, for the cohort's facilitators. */
    public record Grid(List<ProgressRow> rows, ScanService.CohortScans scans, Set<Long> sharedFeedback) {
    }

    /** One participant's line on the meeting page: the person and their attendance noted so far (or null). */
    public record AttendanceLine(Person person, Attendance recorded) {
    }

    /** The meeting page: the meeting, the review of the plans, and a line per participant for attendance. */
    public record MeetingPage(Meeting meeting, PracticePlanService.Review review, List<AttendanceLine> attendance) {
    }

    /** A participant's plans counted: made and reported. */
    record PlanTally(int made, int reported) {

        static final PlanTally NONE = new PlanTally(0, 0);

        /** The tally with one more plan, reported on or not. */
        PlanTally plus(boolean isReported) {
            return new PlanTally(made + 1, reported + (isReported ? 1 : 0));
        }
    }

    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private ScanService scans;
    @Inject
    private FeedbackService feedback;
    @Inject
    private LearningQuestionService questions;
    @Inject
    private PracticePlanService plans;
    @Inject
    private ReflectionService reflections;
    @Inject
    private MeetingSummaryService summaries;
    @Inject
    private GroupQuestionService groupQuestions;

    // ------------------------------------------------------------------ the cohort page

    /** The cohort for its facilitators, or for a coordinator without its people; anybody else gets a 404. */
    public CohortPage cohortPage(long cohortId, long viewerId) {
        CheckedCohort checked = cohorts.checkToView(cohortId, viewerId);
        Cohort cohort = checked.cohort();
        List<Meeting> meetings = meetingService.meetings(cohort);
        CyclePosition position = meetingService.position(meetings);
        if (!checked.seesPeople()) {
            return new CohortPage(checked, meetings, position, List.of(), List.of(), cohorts.memberCounts(cohort), List.of());
        }
        CohortService.Roster roster = cohorts.roster(cohort);
        return new CohortPage(checked, meetings, position, roster.members(), roster.invited(),
                new CohortService.MemberCounts(roster.members().size(), roster.invited().size()), cohorts.groups(cohort));
    }

    /** The grid: a row per participant, who is falling behind first; for the cohort's facilitators only (else 404). */
    public Grid grid(CohortPage page) {
        CheckedCohort checked = page.checked().withPeople();
        List<Long> people = page.memberIds();
        ScanService.CohortScans cohortScans = scans.forCohort(checked, people);
        List<ProgressRow> rows = meetingService.progress(checked, page.meetings(), page.members(),
                cohortScans.latestByPerson().keySet(), feedback.receivedCounts(checked, people),
                loops(checked, page.meetings(), page.members()));
        return new Grid(rows, cohortScans, feedback.sharedAmong(checked, people));
    }

    /**
     * The cohort's scans in numbers for a coordinator: how many, and the group means from
     * {@value #COORDINATOR_MINIMUM} scans on. (Its facilitators read them from the {@link Grid}.)
     */
    public ScanService.GroupScans groupScans(CohortPage page) {
        List<Long> people = cohorts.members(page.cohort()).stream().map(m -> m.getPerson().getId()).toList();
        return scans.groupOf(page.checked(), people,
                page.isFacilitator() ? ScanService.GROUP_MINIMUM : COORDINATOR_MINIMUM);
    }

    /** For its facilitators: the cohort's shared-question sessions, newest first (else 404). */
    public List<GroupSession> sessions(CohortPage page) {
        return groupQuestions.sessionsOf(page.checked());
    }

    /** For its facilitators: the held meetings whose summary is due or overdue (one query). */
    public List<MeetingSummaryService.Warning> summaryWarnings(CohortPage page) {
        return page.isFacilitator() ? summaries.warnings(List.of(page.cohort()), Map.of(page.cohort().getId(), page.meetings()))
                : List.of();
    }

    /** Each participant's learning question, plans and reflections, in a fixed number of queries. */
    private Map<Long, ProgressRow.Loop> loops(CheckedCohort checked, List<Meeting> meetings, List<CohortMember> members) {
        Map<Long, String> areas = new HashMap<>();
        for (LearningQuestion question : questions.currentForCohort(checked)) {
            areas.put(question.getPerson().getId(), question.getAxis().getLabel());
        }
        Long lastHeld = TimelineStep.lastHeldMeetingId(meetings, meetingService.localNow());
        Map<Long, PlanTally> tallies = new HashMap<>();
        Set<Long> plannedForLastHeld = new HashSet<>();
        for (PracticePlan plan : plans.forCohort(checked)) {
            tallies.merge(plan.getPerson().getId(), PlanTally.NONE.plus(plan.isReported()),
                    (sofar, one) -> sofar.plus(plan.isReported()));
            if (plan.getMeeting().getId().equals(lastHeld)) {
                plannedForLastHeld.add(plan.getPerson().getId());
            }
        }
        Map<Long, Long> reflected = reflections.submittedCountByPerson(checked);
        Map<Long, ProgressRow.Loop> loops = new HashMap<>();
        for (CohortMember member : members) {
            long person = member.getPerson().getId();
            PlanTally tally = tallies.getOrDefault(person, PlanTally.NONE);
            loops.put(person, new ProgressRow.Loop(areas.get(person), tally.made(), tally.reported(),
                    plannedForLastHeld.contains(person), reflected.getOrDefault(person, 0L)));
        }
        return loops;
    }

    // ------------------------------------------------------------------ the meeting page

    /** A meeting of a cohort the viewer facilitates, with its review and attendance; anybody else gets a 404. */
    public MeetingPage meetingPage(long meetingId, long viewerId) {
        Meeting meeting = meetingService.getMeetingToManage(meetingId, viewerId);
        CheckedCohort checked = cohorts.checkToManage(meeting.getCohort().getId(), viewerId);
        Map<Long, Attendance> recorded = meetingService.attendanceAt(meeting);
        List<AttendanceLine> lines = cohorts.members(checked.cohort()).stream()
                .map(m -> new AttendanceLine(m.getPerson(), recorded.get(m.getPerson().getId()))).toList();
        return new MeetingPage(meeting, plans.review(checked, meeting), lines);
    }

    // ------------------------------------------------------------------ a participant's cohorts

    /** One cohort as its participant sees it: where it stands, and their own loop in it. */
    public List<MyCohort> myCohorts(long personId) {
        List<CheckedCohort> mine = cohorts.checkAsMember(personId);
        Map<Long, List<Meeting>> meetingsByCohort = meetingService.meetings(mine.stream().map(CheckedCohort::cohort).toList());
        Set<Long> asked = questions.history(personId).stream().map(q -> q.getCohort().getId()).collect(Collectors.toSet());
        Map<Long, PracticePlan> planByMeeting = new HashMap<>();
        plans.own(personId).forEach(p -> planByMeeting.put(p.getMeeting().getId(), p));
        Set<Long> reflected = reflections.reflectedMeetings(personId);
        Map<Long, List<MeetingSummary>> summariesByCohort = new HashMap<>();
        summaries.sentFor(personId).forEach(s -> summariesByCohort.computeIfAbsent(s.getCohort().getId(),
                k -> new ArrayList<>()).add(s));
        List<MyCohort> views = new ArrayList<>();
        for (CheckedCohort checked : mine) {
            Cohort cohort = checked.cohort();
            List<Meeting> meetings = meetingsByCohort.getOrDefault(cohort.getId(), List.of());
            CyclePosition position = meetingService.position(meetings);
            List<TimelineStep> timeline = TimelineStep.of(meetings, position);
            Meeting lastHeld = TimelineStep.lastHeld(timeline);
            MyCohort.Loop loop = new MyCohort.Loop(asked.contains(cohort.getId()),
                    lastHeld == null ? null : planByMeeting.get(lastHeld.getId()),
                    lastHeld != null && reflected.contains(lastHeld.getId()));
            views.add(new MyCohort(cohort, timeline, position, TimelineStep.next(timeline), lastHeld, loop,
                    summariesByCohort.getOrDefault(cohort.getId(), List.of())));
        }
        return views;
    }
}
