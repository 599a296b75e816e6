package nl.leerkring.cohort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.account.AccountService;
import nl.leerkring.account.Person;
import nl.leerkring.platform.Links;
import nl.leerkring.platform.Role;
import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;

/**
 * Cohorts and their people: creating a cohort with its six proposed meetings, inviting and
 * accepting participants, groups. The meetings themselves (schedule, preparation, cancelling,
 * attendance) are {@link MeetingService}'s. Every method takes the acting person and checks that
 * they may act: a cohort that is not theirs is answered as if it did not exist.
 */
@Stateless
public class CohortService {

    /** What happened when a list of participants was added. */
    public record AddResult(int invited, int reused, int alreadyMember) {
    }

    /** A cohort's accepted members and its open invitations. */
    public record Roster(List<CohortMember> members, List<CohortMember> invited) {
    }

    /** The people of a cohort as numbers, without names. */
    public record MemberCounts(long accepted, long invited) {
    }

    /** One page of a list of cohorts, and how many there are in all. */
    public record CohortPage(List<Cohort> cohorts, long total, int page, int pages) {
    }

    /** Cohorts on one page of the cohort list (a coordinator sees every cohort of the partnership). */
    public static final int PAGE_SIZE = 25;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private AccountService accounts;
    @Inject
    private Outbox outbox;
    @Inject
    private MeetingMails meetingMails;
    @Inject
    private Links links;

    // ------------------------------------------------------------------ access

    /** A cohort its facilitator or co-facilitator may change. */
    public Cohort getToManage(long cohortId, long personId) {
        return find(cohortId).filter(c -> c.isFacilitatedBy(personId)).orElseThrow(NotFoundException::new);
    }

    /** A cohort to look at: its facilitators, and every coordinator. */
    public Cohort getToView(long cohortId, long personId) {
        Person person = accounts.getPerson(personId);
        return find(cohortId)
                .filter(c -> c.isFacilitatedBy(personId) || person.hasRole(Role.COORDINATOR))
                .orElseThrow(NotFoundException::new);
    }

    /**
     * The access check of the pages that gather a cohort's progress, done once: the cohort's
     * facilitators see its people, a coordinator sees the cohort without them; anybody else gets a 404.
     */
    public CheckedCohort checkToView(long cohortId, long personId) {
        Cohort cohort = em.createNamedQuery(Cohort.FIND_WITH_FACILITATORS, Cohort.class).setParameter("id", cohortId)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        if (cohort.isFacilitatedBy(personId)) {
            return new CheckedCohort(cohort, CheckedCohort.As.FACILITATOR);
        }
        if (accounts.getPerson(personId).hasRole(Role.COORDINATOR)) {
            return new CheckedCohort(cohort, CheckedCohort.As.COORDINATOR);
        }
        throw new NotFoundException();
    }

    /** A cohort its facilitator or co-facilitator works with, its people included. */
    public CheckedCohort checkToManage(long cohortId, long personId) {
        return new CheckedCohort(getToManage(cohortId, personId), CheckedCohort.As.FACILITATOR);
    }

    /** The cohorts the person takes part in, each checked as theirs (for their own to-do list). */
    public List<CheckedCohort> checkAsMember(long personId) {
        return listAsMember(personId).stream().map(c -> new CheckedCohort(c, CheckedCohort.As.MEMBER)).toList();
    }

    /**
     * A cohort for a background job that acts for nobody (the rhythm's reminders): it reads what it
     * needs to send the cohort's mails. Only jobs may call this ({@code ArchitectureTest}); empty when
     * the cohort is gone.
     */
    public Optional<CheckedCohort> forJob(long cohortId) {
        return find(cohortId).map(c -> new CheckedCohort(c, CheckedCohort.As.JOB));
    }

    /** A cohort the person takes part in: an invitation not yet accepted does not count. */
    public Cohort getAsMember(long cohortId, long personId) {
        return find(cohortId).filter(c -> findMember(cohortId, personId).filter(CohortMember::isAccepted).isPresent())
                .orElseThrow(NotFoundException::new);
    }

    /**
     * The cohorts the facilitator runs in which the participant is an accepted member: only these
     * cohorts' shares (scans taken for or brought along to them, feedback shared with them) are theirs to see.
     */
    public Set<Long> cohortsFacilitatedWithMember(long facilitatorId, long participantId) {
        return new HashSet<>(em.createNamedQuery(CohortMember.COHORTS_FACILITATED_BY, Long.class)
                .setParameter("facilitator", facilitatorId)
                .setParameter("participant", participantId)
                .getResultList());
    }

    private Optional<Cohort> find(long cohortId) {
        return Optional.ofNullable(em.find(Cohort.class, cohortId));
    }

    /** The person's row in the cohort, invited or accepted. */
    private Optional<CohortMember> findMember(long cohortId, long personId) {
        return em.createNamedQuery(CohortMember.FIND, CohortMember.class)
                .setParameter("cohort", cohortId)
                .setParameter("person", personId)
                .getResultStream().findFirst();
    }

    // ------------------------------------------------------------------ lists

    /** The cohorts a person facilitates, or all of them for a coordinator. */
    public List<Cohort> listToView(long personId) {
        if (accounts.getPerson(personId).hasRole(Role.COORDINATOR)) {
            return em.createNamedQuery(Cohort.LIST_ALL, Cohort.class).getResultList();
        }
        return listFacilitatedBy(personId);
    }

    /** The cohorts the person facilitates or co-facilitates, newest first (a coordinator's own only). */
    public List<Cohort> listFacilitatedBy(long personId) {
        return em.createNamedQuery(Cohort.LIST_FOR_FACILITATOR, Cohort.class).setParameter("person", personId).getResultList();
    }

    /** How many cohorts there are, and how many of them have a meeting still to come. */
    public record Tally(long all, long running) {
    }

    /**
     * For a coordinator: all cohorts counted, and those with a meeting after {@code localNow}; two counts
     * however many cohorts there are. Anybody else gets a 404.
     */
    public Tally tally(long personId, LocalDateTime localNow) {
        if (!accounts.getPerson(personId).hasRole(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
        long all = em.createNamedQuery(Cohort.COUNT_ALL, Long.class).setParameter("name", "%").getSingleResult();
        long running = em.createNamedQuery(Meeting.COUNT_COHORTS_WITH_MEETING_AFTER, Long.class)
                .setParameter("now", localNow).getSingleResult();
        return new Tally(all, running);
    }

    /** The ids of the cohorts the person facilitates or co-facilitates (a coordinator's too: not all cohorts). */
    public Set<Long> idsFacilitatedBy(long personId) {
        return new HashSet<>(em.createNamedQuery(Cohort.IDS_FOR_FACILITATOR, Long.class).setParameter("person", personId)
                .getResultList());
    }

    /**
     * One page of {@link #listToView}, newest first, only the cohorts whose name contains {@code name}
     * (any case) when it is given: a count and one page of rows, however many cohorts there are.
     */
    public CohortPage pageToView(long personId, String name, int page) {
        boolean all = accounts.getPerson(personId).hasRole(Role.COORDINATOR);
        String pattern = name == null || name.isBlank() ? "%"
                : "%" + name.strip().toLowerCase(Locale.ROOT).replace("\\", "").replace("%", "").replace("_", "") + "%";
        var count = em.createNamedQuery(all ? Cohort.COUNT_ALL : Cohort.COUNT_FOR_FACILITATOR, Long.class)
                .setParameter("name", pattern);
        var rows = em.createNamedQuery(all ? Cohort.PAGE_ALL : Cohort.PAGE_FOR_FACILITATOR, Cohort.class)
                .setParameter("name", pattern);
        if (!all) {
            count.setParameter("person", personId);
            rows.setParameter("person", personId);
        }
        long total = count.getSingleResult();
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        List<Cohort> cohorts = total == 0 ? List.of()
                : rows.setFirstResult((shown - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE).getResultList();
        return new CohortPage(cohorts, total, shown, pages);
    }

    public List<Cohort> listAsMember(long personId) {
        return em.createNamedQuery(Cohort.LIST_FOR_MEMBER, Cohort.class).setParameter("person", personId).getResultList();
    }

    /** Everybody who may facilitate, for choosing a co-facilitator. */
    public List<Person> facilitators() {
        return accounts.listWithRole(Role.FACILITATOR);
    }

    /** The accepted members: the only people of the cohort whose data anybody works with. */
    public List<CohortMember> members(Cohort cohort) {
        return em.createNamedQuery(CohortMember.LIST_FOR_COHORT, CohortMember.class)
                .setParameter("cohort", cohort.getId()).getResultList();
    }

    /**
     * The accepted members and, apart, the people invited and not yet answered (for their facilitator,
     * name and status only), each by name: one query for the cohort page.
     */
    public Roster roster(Cohort cohort) {
        List<CohortMember> members = new ArrayList<>();
        List<CohortMember> invited = new ArrayList<>();
        for (CohortMember member : em.createNamedQuery(CohortMember.LIST_ROSTER_FOR_COHORT, CohortMember.class)
                .setParameter("cohort", cohort.getId()).getResultList()) {
            (member.getState() == MemberState.ACCEPTED ? members : invited).add(member);
        }
        return new Roster(members, invited);
    }

    /** How many accepted members and open invitations a cohort has: what a coordinator sees of its people. */
    public MemberCounts memberCounts(Cohort cohort) {
        long accepted = 0;
        long invited = 0;
        for (Object[] row : em.createNamedQuery(CohortMember.COUNT_BY_STATE, Object[].class)
                .setParameter("cohort", cohort.getId()).getResultList()) {
            if (row[0] == MemberState.ACCEPTED) {
                accepted = (Long) row[1];
            } else {
                invited = (Long) row[1];
            }
        }
        return new MemberCounts(accepted, invited);
    }

    /** The member counts of several cohorts in one query, by cohort id (a cohort without people is absent). */
    public Map<Long, MemberCounts> memberCounts(List<Cohort> list) {
        Map<Long, long[]> counts = new HashMap<>();
        if (!list.isEmpty()) {
            for (Object[] row : em.createNamedQuery(CohortMember.COUNT_BY_STATE_FOR_COHORTS, Object[].class)
                    .setParameter("cohorts", list.stream().map(Cohort::getId).toList()).getResultList()) {
                counts.computeIfAbsent((Long) row[0], k -> new long[2])[row[1] == MemberState.ACCEPTED ? 0 : 1] = (Long) row[2];
            }
        }
        Map<Long, MemberCounts> byCohort = new HashMap<>();
        counts.forEach((cohort, c) -> byCohort.put(cohort, new MemberCounts(c[0], c[1])));
        return byCohort;
    }

    /** The person's own open invitations, for the card on their home page. */
    public List<CohortMember> invitationsOf(long personId) {
        return em.createNamedQuery(CohortMember.LIST_INVITATIONS_OF_PERSON, CohortMember.class)
                .setParameter("person", personId).getResultList();
    }

    public List<CohortGroup> groups(Cohort cohort) {
        return em.createNamedQuery(CohortGroup.LIST_FOR_COHORT, CohortGroup.class)
                .setParameter("cohort", cohort.getId()).getResultList();
    }

    // ------------------------------------------------------------------ creating

    /** A new cohort with six meetings proposed one month apart from the start date. */
    public Cohort create(String name, String partnership, LocalDate startDate, Long coFacilitatorId, long facilitatorId) {
        Person facilitator = accounts.getPerson(facilitatorId);
        Cohort cohort = new Cohort(name, partnership, startDate, facilitator, coFacilitator(coFacilitatorId),
                null, now());
        em.persist(cohort);
        int number = 1;
        for (LocalDateTime start : MeetingSchedule.propose(startDate)) {
            em.persist(new Meeting(cohort, number++, start));
        }
        em.flush();
        meetingMails.inviteAll(cohort);
        return cohort;
    }

    private Person coFacilitator(Long coFacilitatorId) {
        if (coFacilitatorId == null) {
            return null;
        }
        Person person = accounts.getPerson(coFacilitatorId);
        if (!person.hasRole(Role.FACILITATOR)) {
            throw new BusinessException("cohort.coFacilitatorNotFacilitator");
        }
        return person;
    }

    /**
     * The next cohort of the same learning community: same facilitators, same participants,
     * a new start date and six new meetings. The old cohort stays as it was. The accepted members
     * are carried over as accepted: they said yes to this learning community, with these
     * facilitators, and the follow-up is its next round. Open invitations stay where they were made
     * (the person did not say yes to anything yet), and no scan or shared feedback moves along: a
     * participant brings a scan along, or shares feedback, with the new cohort themselves.
     */
    public Cohort startFollowUp(long previousId, String name, LocalDate startDate, long actorId) {
        Cohort previous = getToManage(previousId, actorId);
        Cohort next = new Cohort(name, previous.getPartnership(), startDate, previous.getFacilitator(),
                previous.getCoFacilitator(), previous, now());
        em.persist(next);
        int number = 1;
        for (LocalDateTime start : MeetingSchedule.propose(startDate)) {
            em.persist(new Meeting(next, number++, start));
        }
        for (CohortMember member : members(previous)) {
            Person person = member.getPerson();
            em.persist(CohortMember.accepted(next, person, now()));
            // Carried over without being asked, so told at once, before the meeting invitations arrive.
            outbox.queue("cohort-follow-up:" + next.getId() + ":" + person.getId(), person.getEmail(),
                    person.getDisplayName(), person.getLocale(), "cohort-follow-up", Map.of(
                            "name", person.getDisplayName(), "cohort", next.getName(), "previous", previous.getName(),
                            "facilitator", next.getFacilitator().getDisplayName(),
                            "link", links.to("/cohort/mine.xhtml")), false, next.getId());
        }
        em.flush();
        meetingMails.inviteAll(next);
        return next;
    }

    /**
     * Adds participants, all in one transaction. A new address gets an account and an activation
     * mail, and is a member at once: the account exists only for this cohort. An existing account
     * is only invited (by mail and a card on their home page): it gets no role and opens nothing of
     * theirs until the person accepts. An open invitation or a membership counts as already there.
     */
    public AddResult addParticipants(long cohortId, List<ParticipantList.Entry> entries, long actorId) {
        Cohort cohort = getToManage(cohortId, actorId);
        int invited = 0;
        int reused = 0;
        int already = 0;
        for (ParticipantList.Entry entry : entries) {
            Optional<Person> existing = accounts.findByEmail(entry.email());
            if (existing.isPresent()) {
                Person person = existing.get();
                if (findMember(cohortId, person.getId()).isPresent()) {
                    already++;
                    continue;
                }
                em.persist(CohortMember.invite(cohort, person, now()));
                outbox.queue("cohort-invitation:" + cohortId + ":" + person.getId(), person.getEmail(),
                        person.getDisplayName(), person.getLocale(), "cohort-invitation", Map.of(
                                "name", person.getDisplayName(), "cohort", cohort.getName(),
                                "facilitator", cohort.getFacilitator().getDisplayName(),
                                "link", links.to("/dashboard.xhtml")), false);
                reused++;
            } else {
                Person person = accounts.invite(entry.email(), entry.name(), EnumSet.of(Role.PARTICIPANT), "nl");
                em.persist(CohortMember.accepted(cohort, person, now()));
                em.flush();
                meetingMails.inviteMember(cohort, person);
                invited++;
            }
        }
        return new AddResult(invited, reused, already);
    }

    /**
     * The invited person says yes. Only now are they a member, and only now, by their own action,
     * do they get the participant role (a coordinator or facilitator keeps their roles and gains
     * this one). Another person's invitation, or one already answered, is not there.
     */
    public Cohort accept(long cohortId, long personId) {
        CohortMember member = findMember(cohortId, personId).orElseThrow(NotFoundException::new);
        member.accept(now());
        member.getPerson().grant(Role.PARTICIPANT);
        meetingMails.inviteMember(member.getCohort(), member.getPerson());
        return member.getCohort();
    }

    /** The invited person says no: the invitation is removed and leaves nothing behind. */
    public void decline(long cohortId, long personId) {
        CohortMember member = findMember(cohortId, personId).filter(m -> !m.isAccepted())
                .orElseThrow(NotFoundException::new);
        em.remove(member);
    }

    /**
     * Takes a member out of the cohort, or withdraws an open invitation. A member gets a CANCEL for
     * each meeting still to come, so their calendar drops them.
     */
    public void removeParticipant(long cohortId, long personId, long actorId) {
        Cohort cohort = getToManage(cohortId, actorId);
        CohortMember member = findMember(cohortId, personId).orElseThrow(NotFoundException::new);
        if (member.isAccepted()) {
            meetingMails.cancelForMember(cohort, member.getPerson(), member.getId());
        }
        em.remove(member);
    }

    // ------------------------------------------------------------------ groups

    public CohortGroup addGroup(long cohortId, String name, long actorId) {
        Cohort cohort = getToManage(cohortId, actorId);
        boolean taken = groups(cohort).stream().anyMatch(g -> g.getName().equalsIgnoreCase(name == null ? "" : name.strip()));
        if (taken) {
            throw new BusinessException("cohort.groupNameTaken");
        }
        CohortGroup group = new CohortGroup(cohort, name);
        em.persist(group);
        return group;
    }

    /** Puts a participant in a group, or in none when {@code groupId} is null. */
    public void placeInGroup(long cohortId, long personId, Long groupId, long actorId) {
        getToManage(cohortId, actorId);
        CohortMember member = findMember(cohortId, personId).filter(CohortMember::isAccepted)
                .orElseThrow(NotFoundException::new);
        CohortGroup group = null;
        if (groupId != null) {
            group = em.find(CohortGroup.class, groupId);
            if (group == null || !group.getCohort().getId().equals(cohortId)) {
                throw new NotFoundException();
            }
        }
        member.placeIn(group);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
