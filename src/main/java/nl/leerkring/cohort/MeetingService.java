package nl.leerkring.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.account.AccountService;
import nl.leerkring.account.Person;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;

/**
 * The six meetings of a cohort: their schedule, the facilitator's preparation and outcome,
 * cancelling, attendance, and where the cohort stands in its cycle. A meeting is its cohort's
 * business: only the cohort's facilitators manage it, and a meeting of another cohort is
 * answered as if it did not exist.
 */
@Stateless
public class MeetingService {

    /** One participant's attendance as entered on the meeting page. */
    public record AttendanceEntry(long personId, AttendanceStatus status, String reason) {
    }

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private AccountService accounts;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingMails meetingMails;
    @Inject
    @ConfigProperty(name = "leerkring.time-zone", defaultValue = "Europe/Amsterdam")
    private String timeZone;

    // ------------------------------------------------------------------ access

    /** A meeting of a cohort the person facilitates. */
    public Meeting getMeetingToManage(long meetingId, long personId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || !meeting.getCohort().isFacilitatedBy(personId)) {
            throw new NotFoundException();
        }
        return meeting;
    }

    // ------------------------------------------------------------------ lists

    public List<Meeting> meetings(Cohort cohort) {
        return em.createNamedQuery(Meeting.LIST_FOR_COHORT, Meeting.class).setParameter("cohort", cohort.getId())
                .getResultList();
    }

    /** The meetings of several cohorts in one query, by cohort id. */
    public Map<Long, List<Meeting>> meetings(List<Cohort> list) {
        Map<Long, List<Meeting>> byCohort = new HashMap<>();
        if (list.isEmpty()) {
            return byCohort;
        }
        em.createNamedQuery(Meeting.LIST_FOR_COHORTS, Meeting.class)
                .setParameter("cohorts", list.stream().map(Cohort::getId).toList())
                .getResultList()
                .forEach(m -> byCohort.computeIfAbsent(m.getCohort().getId(), k -> new ArrayList<>()).add(m));
        return byCohort;
    }

    public List<ScheduleOverride> overrides(Cohort cohort) {
        return em.createNamedQuery(ScheduleOverride.LIST_FOR_COHORT, ScheduleOverride.class)
                .setParameter("cohort", cohort.getId()).getResultList();
    }

    public List<Attendance> attendance(Cohort cohort) {
        return em.createNamedQuery(Attendance.LIST_FOR_COHORT, Attendance.class)
                .setParameter("cohort", cohort.getId()).getResultList();
    }

    /** The attendance noted at one meeting, by person id. */
    public Map<Long, Attendance> attendanceAt(Meeting meeting) {
        Map<Long, Attendance> byPerson = new HashMap<>();
        em.createNamedQuery(Attendance.LIST_FOR_MEETING, Attendance.class).setParameter("meeting", meeting.getId())
                .getResultList().forEach(a -> byPerson.put(a.getPerson().getId(), a));
        return byPerson;
    }

    // ------------------------------------------------------------------ planning

    /**
     * The rules a plan for this cohort breaks, in meeting order. A date out of any sane range is
     * refused first, before the rules ask for a reason to break them.
     */
    public List<MeetingSchedule.Violation> check(Cohort cohort, List<MeetingPlan> plans) {
        List<LocalDate> dates = new ArrayList<>();
        for (MeetingPlan plan : plans) {
            if (plan.startsAt() == null) {
                throw new BusinessException("meeting.startRequired", plan.number());
            }
            Meeting.checkDate(cohort, plan.number(), plan.startsAt());
            dates.add(plan.startsAt().toLocalDate());
        }
        return MeetingSchedule.check(dates);
    }

    /**
     * Saves the six meetings. A hard rule broken is refused; a rule that may be broken needs a
     * reason, which is kept with who gave it and when.
     */
    public List<MeetingSchedule.Violation> plan(long cohortId, List<MeetingPlan> plans, String overrideReason,
            long actorId) {
        Cohort cohort = cohorts.getToManage(cohortId, actorId);
        List<MeetingSchedule.Violation> violations = check(cohort, plans);
        for (MeetingSchedule.Violation violation : violations) {
            if (!violation.rule().isOverridable()) {
                throw new BusinessException("schedule." + violation.rule().name(), violation.meetingNumber());
            }
        }
        if (!violations.isEmpty()) {
            if (overrideReason == null || overrideReason.isBlank()) {
                throw new BusinessException("schedule.reasonRequired", ScheduleOverride.REASON_MAX);
            }
            Person actor = accounts.getPerson(actorId);
            for (MeetingSchedule.Violation violation : violations) {
                em.persist(new ScheduleOverride(cohort, violation, overrideReason, actor, now()));
            }
        }
        Map<Integer, Meeting> byNumber = new HashMap<>();
        meetings(cohort).forEach(m -> byNumber.put(m.getNumber(), m));
        for (MeetingPlan plan : plans) {
            Meeting meeting = byNumber.get(plan.number());
            if (meeting == null) {
                throw new NotFoundException();
            }
            meeting.reschedule(plan.startsAt(), plan.durationMinutes(), plan.location(), plan.onlineLink());
        }
        em.flush();
        meetingMails.inviteAll(cohort);
        return violations;
    }

    // ------------------------------------------------------------------ meetings

    public void prepare(long meetingId, Meeting.Agenda agenda, long actorId) {
        getMeetingToManage(meetingId, actorId).prepare(agenda);
    }

    /**
     * Cancels a meeting that has not begun, with a reason everybody reads in the cancel mail (with a
     * METHOD:CANCEL calendar file); planning it on a new date on the schedule page reinstates it.
     */
    public void cancelMeeting(long meetingId, String reason, long actorId) {
        Meeting meeting = getMeetingToManage(meetingId, actorId);
        meeting.cancel(reason, localNow(), now());
        em.flush();
        meetingMails.cancelAll(meeting);
    }

    public void recordOutcome(long meetingId, String homework, String notes, long actorId) {
        getMeetingToManage(meetingId, actorId).recordOutcome(homework, notes);
    }

    public void recordAttendance(long meetingId, List<AttendanceEntry> entries, long actorId) {
        Meeting meeting = getMeetingToManage(meetingId, actorId);
        meeting.checkAttendanceCanBeRecorded(localNow());
        Map<Long, Attendance> existing = attendanceAt(meeting);
        Map<Long, CohortMember> members = new HashMap<>();
        cohorts.members(meeting.getCohort()).forEach(m -> members.put(m.getPerson().getId(), m));
        for (AttendanceEntry entry : entries) {
            if (entry.status() == null) {
                continue;
            }
            CohortMember member = members.get(entry.personId());
            if (member == null) {
                throw new NotFoundException();
            }
            Attendance attendance = existing.get(entry.personId());
            if (attendance == null) {
                attendance = new Attendance(meeting, member.getPerson());
                attendance.record(entry.status(), entry.reason(), now());
                em.persist(attendance);
            } else {
                attendance.record(entry.status(), entry.reason(), now());
            }
        }
    }

    // ------------------------------------------------------------------ where are we

    /** How many of the cohort's meetings have started: more than none for a start in the past. */
    public long meetingsStarted(Cohort cohort) {
        LocalDateTime now = localNow();
        return meetings(cohort).stream().filter(m -> m.hasStarted(now)).count();
    }

    public CyclePosition position(List<Meeting> meetings) {
        return CyclePosition.at(meetings.stream().map(Meeting::slot).toList(), localNow());
    }

    /** The progress grid of a checked cohort, with its people: a row per participant, who is falling behind first. */
    public List<ProgressRow> progress(CheckedCohort cohort, List<Meeting> meetings, List<CohortMember> members,
            Set<Long> selfScanDone, Map<Long, Long> feedbackReceived, Map<Long, ProgressRow.Loop> loops) {
        LocalDateTime now = localNow();
        long held = meetings.stream().filter(m -> m.hasStarted(now)).count();
        Map<Long, AttendanceTally> tallies = new HashMap<>();
        for (Attendance attendance : attendance(cohort.withPeople().cohort())) {
            tallies.merge(attendance.getPerson().getId(), AttendanceTally.of(attendance.getStatus()), AttendanceTally::plus);
        }
        List<ProgressRow> rows = new ArrayList<>();
        for (CohortMember member : members) {
            AttendanceTally tally = tallies.getOrDefault(member.getPerson().getId(), AttendanceTally.NONE);
            rows.add(new ProgressRow(member.getPerson(), member.getGroup() == null ? null : member.getGroup().getName(),
                    tally.present(), tally.late(), tally.absent(), (int) Math.max(0, held - tally.recorded()),
                    selfScanDone.contains(member.getPerson().getId()),
                    feedbackReceived.getOrDefault(member.getPerson().getId(), 0L),
                    loops.getOrDefault(member.getPerson().getId(), ProgressRow.Loop.NOTHING_YET)));
        }
        rows.sort(ProgressRow.FALLING_BEHIND_FIRST);
        return rows;
    }

    /** Now on the wall clock where the meetings take place. */
    public LocalDateTime localNow() {
        return LocalDateTime.now(clock.withZone(ZoneId.of(timeZone)));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
