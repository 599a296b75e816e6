package nl.leerkring.learning;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.account.AccessKind;
import nl.leerkring.account.AccessLog;
import nl.leerkring.account.AccountService;
import nl.leerkring.cohort.CheckedCohort;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortMember;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Role;

/**
 * Reflections after every meeting: writing them (drafts kept), who may read them as the author
 * chose ({@link ReflectionAccess}), the response thread of group-shared ones, and which
 * participants reflected, for the facilitator, without the content of private ones. A reflection
 * somebody may not read is answered as if it did not exist.
 */
@Stateless
public class ReflectionService {

    /** A meeting to reflect on, with the participant's reflection on it when there is one. */
    public record Writing(Meeting meeting, Optional<Reflection> reflection) {
    }

    /** A reflection as one reader sees it: its response thread, and whether they may add to it. */
    public record Readable(Reflection reflection, List<ReflectionResponse> responses, boolean mayRespond) {
    }

    /** Whether a participant reflected on a held meeting. */
    public enum State { SUBMITTED, DRAFT, NONE }

    /** One participant's line of the who-reflected grid, a state per held meeting. */
    public record GridRow(CohortMember member, List<State> states) {
    }

    /** Who reflected on which held meeting: no content, so private reflections stay private. */
    public record Grid(List<Meeting> held, List<GridRow> rows) {
    }

    /** A reflections page: for the facilitator with the grid, for a participant without. */
    public record Overview(Cohort cohort, boolean facilitator, List<Readable> reflections, Grid grid) {
    }

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private AccountService accounts;
    @Inject
    private AccessLog accessLog;

    // ------------------------------------------------------------------ writing

    /** A meeting of the participant's cohort that has started, and their reflection on it so far. */
    public Writing forMeeting(long meetingId, long actorId) {
        Meeting meeting = meetingToReflectOn(meetingId, actorId);
        return new Writing(meeting, findOwn(meetingId, actorId));
    }

    public Reflection saveDraft(long meetingId, List<String> answers, ReflectionVisibility visibility, long actorId) {
        Reflection reflection = ownOrNew(meetingId, actorId);
        reflection.saveDraft(actorId, answers, visibility, now());
        em.flush();
        return reflection;
    }

    /** Submits, or saves the changes to a submitted reflection: all four answers are needed. */
    public Reflection submit(long meetingId, List<String> answers, ReflectionVisibility visibility, long actorId) {
        Reflection reflection = ownOrNew(meetingId, actorId);
        reflection.submit(actorId, answers, visibility, now());
        em.flush();
        return reflection;
    }

    private Reflection ownOrNew(long meetingId, long actorId) {
        Meeting meeting = meetingToReflectOn(meetingId, actorId);
        return findOwn(meetingId, actorId).orElseGet(() -> {
            Reflection created = new Reflection(meeting.getCohort(), meeting, accounts.getPerson(actorId), now());
            em.persist(created);
            return created;
        });
    }

    private Meeting meetingToReflectOn(long meetingId, long actorId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new NotFoundException();
        }
        cohorts.getAsMember(meeting.getCohort().getId(), actorId);
        if (!meeting.hasStarted(meetingService.localNow())) {
            throw new BusinessException("learning.reflectionTooEarly", meeting.getNumber());
        }
        return meeting;
    }

    private Optional<Reflection> findOwn(long meetingId, long personId) {
        return em.createNamedQuery(Reflection.FIND_OWN, Reflection.class)
                .setParameter("meeting", meetingId)
                .setParameter("person", personId)
                .getResultStream().findFirst();
    }

    // ------------------------------------------------------------------ reading

    /** One reflection with its thread, for someone who may read it. */
    public Readable getToRead(long reflectionId, long actorId) {
        Reflection reflection = em.find(Reflection.class, reflectionId);
        if (reflection == null) {
            throw new NotFoundException();
        }
        Cohort cohort = reflection.getCohort();
        Map<Long, CohortMember> members = membersByPerson(cohort);
        ReflectionAccess.Subject subject = subject(reflection, members);
        ReflectionAccess.Reader reader = reader(cohort, actorId, members);
        if (!ReflectionAccess.mayRead(subject, reader)) {
            throw new NotFoundException();
        }
        if (reader.facilitator()) {
            accessLog.record(actorId, Role.FACILITATOR, reflection.getPerson().getId(), AccessKind.REFLECTION,
                    reflection.getId());
        }
        return new Readable(reflection, responses(List.of(reflection)).getOrDefault(reflection.getId(), List.of()),
                ReflectionAccess.mayRespond(subject, reader));
    }

    public ReflectionResponse respond(long reflectionId, String text, long actorId) {
        Readable readable = getToRead(reflectionId, actorId);
        if (!readable.mayRespond()) {
            throw new BusinessException("learning.responseNotAllowed");
        }
        ReflectionResponse response = new ReflectionResponse(readable.reflection(), accounts.getPerson(actorId), text,
                now());
        em.persist(response);
        return response;
    }

    /**
     * What a reader may read in a cohort: a participant their own reflections (drafts too) and
     * what others shared with them; a facilitator what was shared with them or the group, and
     * the who-reflected grid.
     */
    public Overview overview(long cohortId, long actorId) {
        Cohort cohort = cohortToRead(cohortId, actorId);
        List<CohortMember> memberList = cohorts.members(cohort);
        Map<Long, CohortMember> members = new HashMap<>();
        memberList.forEach(m -> members.put(m.getPerson().getId(), m));
        ReflectionAccess.Reader reader = reader(cohort, actorId, members);
        List<Reflection> candidates = em.createNamedQuery(Reflection.LIST_CANDIDATES, Reflection.class)
                .setParameter("cohort", cohortId)
                .setParameter("reader", actorId)
                .getResultList();
        List<Reflection> visible = candidates.stream()
                .filter(r -> ReflectionAccess.mayRead(subject(r, members), reader)).toList();
        Map<Long, List<ReflectionResponse>> threads = responses(visible);
        List<Readable> readable = visible.stream()
                .map(r -> new Readable(r, threads.getOrDefault(r.getId(), List.of()),
                        ReflectionAccess.mayRespond(subject(r, members), reader)))
                .toList();
        Grid grid = null;
        if (reader.facilitator()) {
            Map<Long, Long> authors = new HashMap<>();
            visible.forEach(r -> authors.put(r.getId(), r.getPerson().getId()));
            accessLog.recordAll(actorId, Role.FACILITATOR, AccessKind.REFLECTION, authors);
            grid = grid(cohort, memberList);
        }
        return new Overview(cohort, reader.facilitator(), readable, grid);
    }

    private Cohort cohortToRead(long cohortId, long actorId) {
        Cohort cohort = em.find(Cohort.class, cohortId);
        if (cohort != null && cohort.isFacilitatedBy(actorId)) {
            return cohort;
        }
        return cohorts.getAsMember(cohortId, actorId);
    }

    private Grid grid(Cohort cohort, List<CohortMember> memberList) {
        LocalDateTime now = meetingService.localNow();
        List<Meeting> held = meetingService.meetings(cohort).stream().filter(m -> m.hasStarted(now)).toList();
        Map<Long, Map<Long, State>> states = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Reflection.STATES_FOR_COHORT, Object[].class)
                .setParameter("cohort", cohort.getId()).getResultList()) {
            states.computeIfAbsent((Long) row[0], k -> new HashMap<>())
                    .put((Long) row[1], row[2] == null ? State.DRAFT : State.SUBMITTED);
        }
        List<GridRow> rows = new ArrayList<>();
        for (CohortMember member : memberList) {
            Map<Long, State> byMeeting = states.getOrDefault(member.getPerson().getId(), Map.of());
            rows.add(new GridRow(member, held.stream().map(m -> byMeeting.getOrDefault(m.getId(), State.NONE)).toList()));
        }
        return new Grid(held, rows);
    }

    private Map<Long, List<ReflectionResponse>> responses(List<Reflection> reflections) {
        Map<Long, List<ReflectionResponse>> byReflection = new HashMap<>();
        List<Long> ids = reflections.stream()
                .filter(r -> r.isSubmitted() && r.getVisibility() == ReflectionVisibility.GROUP)
                .map(Reflection::getId).toList();
        if (ids.isEmpty()) {
            return byReflection;
        }
        em.createNamedQuery(ReflectionResponse.LIST_FOR_REFLECTIONS, ReflectionResponse.class)
                .setParameter("reflections", ids).getResultList()
                .forEach(r -> byReflection.computeIfAbsent(r.getReflection().getId(), k -> new ArrayList<>()).add(r));
        return byReflection;
    }

    private Map<Long, CohortMember> membersByPerson(Cohort cohort) {
        Map<Long, CohortMember> members = new HashMap<>();
        cohorts.members(cohort).forEach(m -> members.put(m.getPerson().getId(), m));
        return members;
    }

    private static ReflectionAccess.Subject subject(Reflection reflection, Map<Long, CohortMember> members) {
        CohortMember author = members.get(reflection.getPerson().getId());
        return reflection.subject(author == null || author.getGroup() == null ? null : author.getGroup().getId());
    }

    private static ReflectionAccess.Reader reader(Cohort cohort, long personId, Map<Long, CohortMember> members) {
        if (cohort.isFacilitatedBy(personId)) {
            return ReflectionAccess.Reader.facilitator(personId);
        }
        CohortMember member = members.get(personId);
        if (member != null) {
            return ReflectionAccess.Reader.member(personId, member.getGroup() == null ? null : member.getGroup().getId());
        }
        return ReflectionAccess.Reader.outsider(personId);
    }

    // ------------------------------------------------------------------ counts for other pages

    /** Submitted reflections per participant of a checked cohort, any visibility; never their content. */
    public Map<Long, Long> submittedCountByPerson(CheckedCohort cohort) {
        long cohortId = cohort.withPeople().id();
        Map<Long, Long> counts = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Reflection.SUBMITTED_COUNT_BY_PERSON, Object[].class)
                .setParameter("cohort", cohortId).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Who submitted a reflection on which meeting of a cohort, as "meetingId:personId", in one query
     * (for the reflection reminders; never the content).
     */
    public Set<String> submittedPairs(CheckedCohort cohort) {
        long cohortId = cohort.withPeople().id();
        Set<String> pairs = new HashSet<>();
        for (Object[] row : em.createNamedQuery(Reflection.STATES_FOR_COHORT, Object[].class)
                .setParameter("cohort", cohortId).getResultList()) {
            if (row[2] != null) {
                pairs.add(row[1] + ":" + row[0]);
            }
        }
        return pairs;
    }

    /** The meetings, over all cohorts, on which the person submitted a reflection (for their to-do list). */
    public Set<Long> reflectedMeetings(long personId) {
        return new HashSet<>(em.createNamedQuery(Reflection.SUBMITTED_MEETINGS_OF_PERSON, Long.class)
                .setParameter("person", personId).getResultList());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
