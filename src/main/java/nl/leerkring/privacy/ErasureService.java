package nl.leerkring.privacy;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.account.AccountService;
import nl.leerkring.account.Person;
import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Role;
import nl.leerkring.platform.Texts;

/**
 * Erasure on request: the person asks, a coordinator confirms, the facilitators of the person's cohorts
 * are told (without the person's name, which would otherwise outlive the erasure in the outbox), and the
 * person is anonymised, all in the coordinator's one transaction.
 */
@Stateless
public class ErasureService {

    /** A request waiting for a coordinator, with what the coordinator needs to recognise the person. */
    public record Pending(long requestId, long personId, String name, String email, LocalDateTime requestedAt)
            implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private AccountService accounts;
    @Inject
    private Anonymiser anonymiser;
    @Inject
    private Outbox outbox;

    /** The person asks to be erased; asking again (a double post) is the same request. */
    public ErasureRequest request(long personId) {
        Person person = em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
        if (person == null || !person.canLogIn()) {
            throw new NotFoundException();
        }
        Optional<ErasureRequest> earlier = find(personId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ErasureRequest request = new ErasureRequest(personId, now());
        em.persist(request);
        return request;
    }

    public Optional<ErasureRequest> find(long personId) {
        return em.createNamedQuery(ErasureRequest.FIND_FOR_PERSON, ErasureRequest.class).setParameter("person", personId)
                .getResultStream().findFirst();
    }

    /** The requests waiting for confirmation, oldest first; only for a coordinator. */
    public List<Pending> pending(long coordinatorId) {
        requireCoordinator(coordinatorId);
        List<ErasureRequest> requests = em.createNamedQuery(ErasureRequest.PENDING, ErasureRequest.class).getResultList();
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> people = new java.util.HashMap<>();
        em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
                .setParameter("ids", requests.stream().map(ErasureRequest::getPersonId).toList())
                .getResultList().forEach(p -> people.put(p.getId(), p));
        return requests.stream().map(r -> {
            Person person = people.get(r.getPersonId());
            return new Pending(r.getId(), r.getPersonId(), person.getDisplayName(), person.getEmail(), r.getRequestedAt());
        }).toList();
    }

    /**
     * A coordinator confirms: the facilitators of the person's cohorts get a mail, and the person is
     * erased. A request confirmed before, or unknown, is a 404.
     */
    public void confirm(long requestId, long coordinatorId) {
        requireCoordinator(coordinatorId);
        ErasureRequest request = em.find(ErasureRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.isPending()) {
            throw new NotFoundException();
        }
        LocalDateTime now = now();
        tellFacilitators(request);
        anonymiser.erase(request.getPersonId(), now);
        request = em.find(ErasureRequest.class, requestId);
        request.confirm(coordinatorId, now);
    }

    private void tellFacilitators(ErasureRequest request) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT DISTINCT c.id, c.name, f.id, f.email, f.display_name, f.language
                FROM cohort_member m JOIN cohort c ON c.id = m.cohort_id
                JOIN person f ON f.id = c.facilitator_id OR f.id = c.co_facilitator_id
                WHERE m.person_id = ?1 AND f.erased_at IS NULL AND f.id <> ?1""")
                .setParameter(1, request.getPersonId()).getResultList();
        for (Object[] row : rows) {
            long cohortId = ((Number) row[0]).longValue();
            long facilitatorId = ((Number) row[2]).longValue();
            outbox.queue("erasure:" + request.getId() + ":" + cohortId + ":" + facilitatorId, (String) row[3],
                    (String) row[4], Texts.forLanguage((String) row[5]), "erasure-done",
                    Map.of("name", (String) row[4], "cohort", (String) row[1]), false, cohortId);
        }
    }

    /** Throws a 404 unless the person is a coordinator: the privacy pages of the partnership are theirs. */
    public void requireCoordinator(long personId) {
        if (!accounts.getPerson(personId).hasRole(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
