package nl.leerkring.learning;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.account.AccountService;
import nl.leerkring.cohort.CheckedCohort;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;

/**
 * Practice plans and their reports. A plan is made at a meeting (it has started) for the weeks until
 * the next; the participant, their duo partner and the cohort's facilitators read it, nobody else.
 */
@Stateless
public class PracticePlanService {

    /** What the facilitator reviews at a meeting: the reports on the plans of the meeting before, and the new plans. */
    public record Review(Meeting previous, List<PracticePlan> reports, List<PracticePlan> plans) {
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
    private DuoService duos;
    @Inject
    @ConfigProperty(name = "leerkring.plan.warn-minutes", defaultValue = "120")
    private int warnAboveMinutes;

    /** Above this many minutes a plan is called too big (seed 003 §4.4: plans must not take too much time). */
    public int warnAboveMinutes() {
        return warnAboveMinutes;
    }

    /** Makes or changes the participant's plan for the weeks after a meeting. */
    public PracticePlan save(long meetingId, String question, String plan, int minutes, long actorId) {
        Meeting meeting = meetingAsMember(meetingId, actorId);
        if (!meeting.hasStarted(meetingService.localNow())) {
            throw new BusinessException("learning.plan.meetingNotStarted", meeting.getNumber());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<PracticePlan> existing = find(meetingId, actorId);
        if (existing.isPresent()) {
            existing.get().revise(question, plan, minutes, now);
            return existing.get();
        }
        PracticePlan created = new PracticePlan(meeting, accounts.getPerson(actorId), question, plan, minutes, now);
        em.persist(created);
        em.flush();
        return created;
    }

    /** Reports on the participant's own plan of a meeting. */
    public PracticePlan report(long meetingId, String how, String student, String learned, long actorId) {
        meetingAsMember(meetingId, actorId);
        PracticePlan plan = find(meetingId, actorId).orElseThrow(() -> new BusinessException("learning.report.noPlan"));
        plan.report(how, student, learned, LocalDateTime.now(clock));
        return plan;
    }

    /**
     * A participant's plans in a cohort, for the participant, their duo partner or a facilitator of
     * the cohort; anybody else gets a 404.
     */
    public List<PracticePlan> plansOf(long cohortId, long personId, long viewerId) {
        Cohort cohort = cohorts.getAsMember(cohortId, personId);
        boolean allowed = personId == viewerId || cohort.isFacilitatedBy(viewerId)
                || duos.findDuo(cohortId, personId).map(d -> d.includes(viewerId)).orElse(false);
        if (!allowed) {
            throw new NotFoundException();
        }
        return em.createNamedQuery(PracticePlan.LIST_FOR_PEOPLE_IN_COHORT, PracticePlan.class)
                .setParameter("cohort", cohortId).setParameter("people", List.of(personId)).getResultList();
    }

    /** The review of a meeting of a cohort checked with its people (the meeting page); a meeting of another cohort is a 404. */
    public Review review(CheckedCohort cohort, Meeting meeting) {
        if (meeting.getCohort().getId() != cohort.withPeople().id()) {
            throw new NotFoundException();
        }
        List<PracticePlan> all = plans(cohort.id());
        Meeting previous = meetingService.meetings(cohort.cohort()).stream()
                .filter(m -> m.getNumber() == meeting.getNumber() - 1).findFirst().orElse(null);
        return new Review(previous,
                all.stream().filter(p -> previous != null && p.getMeeting().getId().equals(previous.getId())).toList(),
                all.stream().filter(p -> p.getMeeting().getId().equals(meeting.getId())).toList());
    }

    /** All of a person's own plans over their cohorts, for their to-do list. */
    public List<PracticePlan> own(long personId) {
        return em.createNamedQuery(PracticePlan.LIST_FOR_PERSON, PracticePlan.class)
                .setParameter("person", personId).getResultList();
    }

    /** Every plan of a cohort whose access the caller checked, with its people, in one query (the progress grid, the rhythm). */
    public List<PracticePlan> forCohort(CheckedCohort cohort) {
        return plans(cohort.withPeople().id());
    }

    private List<PracticePlan> plans(long cohortId) {
        return em.createNamedQuery(PracticePlan.LIST_FOR_COHORT, PracticePlan.class)
                .setParameter("cohort", cohortId).getResultList();
    }

    private Optional<PracticePlan> find(long meetingId, long personId) {
        return em.createNamedQuery(PracticePlan.FIND, PracticePlan.class)
                .setParameter("meeting", meetingId).setParameter("person", personId)
                .getResultStream().findFirst();
    }

    private Meeting meetingAsMember(long meetingId, long actorId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null) {
            throw new NotFoundException();
        }
        cohorts.getAsMember(meeting.getCohort().getId(), actorId);
        return meeting;
    }
}
