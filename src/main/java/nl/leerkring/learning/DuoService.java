package nl.leerkring.learning;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.account.Person;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortMember;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;

/**
 * Duos of a cohort: the facilitator pairs participants, or lets them choose a partner themselves.
 * A participant is in at most one duo per cohort; pairing locks the cohort row so two people
 * choosing at once (on any instance) cannot both take the same partner.
 */
@Stateless
public class DuoService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private CohortService cohorts;

    public List<Duo> list(Cohort cohort) {
        return em.createNamedQuery(Duo.LIST_FOR_COHORT, Duo.class).setParameter("cohort", cohort.getId()).getResultList();
    }

    /** The participants of the cohort in none of these duos (the cohort's, as {@link #list} gives them). */
    public List<Person> unpaired(Cohort cohort, List<Duo> duos) {
        Set<Long> paired = duos.stream().flatMap(d -> Stream.of(d.getPersonA().getId(), d.getPersonB().getId()))
                .collect(Collectors.toSet());
        return cohorts.members(cohort).stream().map(CohortMember::getPerson)
                .filter(p -> !paired.contains(p.getId())).toList();
    }

    public Optional<Duo> findDuo(long cohortId, long personId) {
        return em.createNamedQuery(Duo.FIND_FOR_PERSON, Duo.class)
                .setParameter("cohort", cohortId).setParameter("person", personId)
                .getResultStream().findFirst();
    }

    /** The facilitator pairs two participants of their cohort. */
    public Duo pair(long cohortId, long firstId, long secondId, long actorId) {
        Cohort cohort = lock(cohorts.getToManage(cohortId, actorId));
        return create(cohort, firstId, secondId);
    }

    /** A participant chooses a partner, when the facilitator lets participants choose. */
    public Duo choose(long cohortId, long partnerId, long actorId) {
        Cohort cohort = lock(cohorts.getAsMember(cohortId, actorId));
        if (!cohort.isDuosSelfChosen()) {
            throw new BusinessException("learning.duo.choosingClosed");
        }
        return create(cohort, actorId, partnerId);
    }

    private Duo create(Cohort cohort, long firstId, long secondId) {
        if (firstId == secondId) {
            throw new BusinessException("learning.duo.samePerson");
        }
        List<Person> members = cohorts.members(cohort).stream().map(CohortMember::getPerson).toList();
        Person first = member(members, firstId);
        Person second = member(members, secondId);
        if (findDuo(cohort.getId(), firstId).isPresent() || findDuo(cohort.getId(), secondId).isPresent()) {
            throw new BusinessException("learning.duo.alreadyPaired");
        }
        Duo duo = new Duo(cohort, first, second, LocalDateTime.now(clock));
        em.persist(duo);
        em.flush();
        return duo;
    }

    private static Person member(List<Person> members, long personId) {
        return members.stream().filter(p -> p.getId() == personId).findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** The facilitator splits a duo; their conversations go with it. */
    public void split(long duoId, long actorId) {
        Duo duo = em.find(Duo.class, duoId);
        if (duo == null) {
            throw new NotFoundException();
        }
        cohorts.getToManage(duo.getCohort().getId(), actorId);
        em.remove(duo);
    }

    public void letParticipantsChoose(long cohortId, boolean selfChosen, long actorId) {
        cohorts.getToManage(cohortId, actorId).letParticipantsChooseDuos(selfChosen);
    }

    private Cohort lock(Cohort cohort) {
        em.lock(cohort, LockModeType.PESSIMISTIC_WRITE);
        return cohort;
    }
}
