package nl.leerkring.scan;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.account.AccessKind;
import nl.leerkring.account.AccessLog;
import nl.leerkring.account.AccountService;
import nl.leerkring.account.Person;
import nl.leerkring.cohort.CheckedCohort;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.instrument.Form;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.instrument.FrameworkVersion;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Role;

/**
 * Self-scans: a participant starts one on the framework in force, answers as a draft (each
 * answer saved at once), and submits when every statement is answered. The participant may see
 * a scan; a facilitator only a submitted one taken for or brought along to their cohort; nobody else.
 */
@Stateless
public class ScanService {

    /** The scans of a cohort's participants, for the facilitator: the newest submitted one per person. */
    public record CohortScans(Map<Long, ScanResult> latestByPerson, Map<Integer, Double> groupMeans,
            boolean mixedVersions) {
    }

    /** The group mean is shown only from this many submitted scans on, so nobody's scan can be read from it. */
    public static final int GROUP_MINIMUM = 3;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private AccountService accounts;
    @Inject
    private FrameworkService framework;
    @Inject
    private CohortService cohorts;
    @Inject
    private AccessLog accessLog;

    /** A new draft on the framework in force, or the draft already open. */
    public SelfScan start(long personId, ScanMoment moment) {
        Optional<SelfScan> draft = listOwn(personId).stream().filter(s -> !s.isSubmitted()).findFirst();
        if (draft.isPresent()) {
            return draft.get();
        }
        Person person = accounts.getPerson(personId);
        SelfScan scan = new SelfScan(person, framework.current(), moment, now());
        em.persist(scan);
        em.flush();
        return scan;
    }

    public List<SelfScan> listOwn(long personId) {
        return em.createNamedQuery(SelfScan.LIST_FOR_PERSON, SelfScan.class).setParameter("person", personId)
                .getResultList();
    }

    /** The caller's own scan, to fill in. */
    public SelfScan getOwn(long scanId, long personId) {
        SelfScan scan = em.find(SelfScan.class, scanId);
        if (scan == null || !scan.getPerson().getId().equals(personId)) {
            throw new NotFoundException();
        }
        return scan;
    }

    /**
     * A scan its owner may look at, or a facilitator of a cohort it was taken for or brought along
     * to, while the owner is an accepted member of that cohort ({@link ScanVisibility}).
     */
    public SelfScan getToView(long scanId, long viewerId) {
        SelfScan scan = em.find(SelfScan.class, scanId);
        if (scan == null) {
            throw new NotFoundException();
        }
        long owner = scan.getPerson().getId();
        boolean own = owner == viewerId;
        if (!own && !(scan.isSubmitted() && ScanVisibility.mayView(false, true, linkedCohorts(scanId),
                cohorts.cohortsFacilitatedWithMember(viewerId, owner)))) {
            throw new NotFoundException();
        }
        if (!own) {
            accessLog.record(viewerId, Role.FACILITATOR, owner, AccessKind.SELF_SCAN, scanId);
        }
        return scan;
    }

    /**
     * A second scan to lay over one the viewer looks at: the viewer must be allowed to see it, and it
     * must be the same person's; anything else answers 404.
     */
    public SelfScan getToCompare(SelfScan shown, long otherId, long viewerId) {
        SelfScan other = getToView(otherId, viewerId);
        if (!shown.isComparableWith(other)) {
            throw new NotFoundException();
        }
        return other;
    }

    /** The owner's submitted scans the viewer may see: all for the owner, the shared ones for a facilitator. */
    public List<SelfScan> submittedVisibleTo(long ownerId, long viewerId) {
        List<SelfScan> submitted = listOwn(ownerId).stream().filter(SelfScan::isSubmitted).toList();
        if (ownerId == viewerId) {
            return submitted;
        }
        Set<Long> viewers = cohorts.cohortsFacilitatedWithMember(viewerId, ownerId);
        Map<Long, Set<Long>> linked = new HashMap<>();
        links(ownerId).forEach(l -> linked.computeIfAbsent(l.getScan().getId(), k -> new HashSet<>())
                .add(l.getCohort().getId()));
        return submitted.stream()
                .filter(s -> ScanVisibility.mayView(false, true, linked.getOrDefault(s.getId(), Set.of()), viewers))
                .toList();
    }

    private Set<Long> linkedCohorts(long scanId) {
        return new HashSet<>(em.createNamedQuery(ScanCohort.COHORTS_OF_SCAN, Long.class)
                .setParameter("scan", scanId).getResultList());
    }

    private List<ScanCohort> links(long personId) {
        return em.createNamedQuery(ScanCohort.LIST_FOR_PERSON, ScanCohort.class)
                .setParameter("person", personId).getResultList();
    }

    // ------------------------------------------------------------------ showing to a cohort

    /** Whether one of the owner's scans is shown to one of their cohorts, and how. */
    public record CohortLink(Cohort cohort, boolean linked, boolean broughtAlong) {

        public boolean isMayTakeBack() {
            return linked && ScanVisibility.mayTakeBack(broughtAlong);
        }
    }

    /** For the owner's scan page (the scan as that page read it): each cohort they accepted, and whether this scan is shown there. */
    public List<CohortLink> cohortLinks(SelfScan scan, long personId) {
        if (!scan.getPerson().getId().equals(personId)) {
            throw new NotFoundException();
        }
        Map<Long, ScanCohort> byCohort = new HashMap<>();
        em.createNamedQuery(ScanCohort.LIST_FOR_SCAN, ScanCohort.class).setParameter("scan", scan.getId()).getResultList()
                .forEach(l -> byCohort.put(l.getCohort().getId(), l));
        List<CohortLink> result = new ArrayList<>();
        for (Cohort cohort : cohorts.listAsMember(personId)) {
            ScanCohort link = byCohort.get(cohort.getId());
            result.add(new CohortLink(cohort, link != null, link != null && link.isBroughtAlong()));
        }
        return result;
    }

    /** The owner shows an earlier submitted scan to the facilitators of a cohort they accepted. */
    public void bringAlong(long scanId, long cohortId, long personId) {
        SelfScan scan = getOwn(scanId, personId);
        Cohort cohort = cohorts.getAsMember(cohortId, personId);
        boolean linked = linkedCohorts(scanId).contains(cohortId);
        if (!ScanVisibility.mayBringAlong(scan.isSubmitted(), true, linked)) {
            throw new BusinessException(linked ? "scan.alreadyBroughtAlong" : "scan.bringAlongSubmittedOnly");
        }
        em.persist(new ScanCohort(scan, cohort, true, now()));
    }

    /** The owner takes a scan they brought along back; a scan taken for the cohort stays. */
    public void takeBack(long scanId, long cohortId, long personId) {
        getOwn(scanId, personId);
        ScanCohort link = em.createNamedQuery(ScanCohort.FIND, ScanCohort.class)
                .setParameter("scan", scanId).setParameter("cohort", cohortId)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
        if (!ScanVisibility.mayTakeBack(link.isBroughtAlong())) {
            throw new BusinessException("scan.takenForCohort");
        }
        em.remove(link);
    }

    /** The statements of the scan's own version, in order. */
    public List<FrameworkItem> statements(SelfScan scan) {
        return framework.items(scan.getVersion(), Form.SELF_SCAN);
    }

    /** The answers by item key. */
    public Map<String, Integer> answers(SelfScan scan) {
        Map<String, Integer> answers = new HashMap<>();
        em.createNamedQuery(SelfScanAnswer.LIST_FOR_SCANS, SelfScanAnswer.class)
                .setParameter("scans", List.of(scan.getId()))
                .getResultList()
                .forEach(a -> answers.put(a.getItem().getKey(), a.getAnswer()));
        return answers;
    }

    /** Saves one answer of a draft. An item of another form or version answers 404, a value off the scale is refused. */
    public void answer(long scanId, long itemId, int value, long personId) {
        answerAll(scanId, Map.of(itemId, value), personId);
    }

    /**
     * Saves a set of answers of a draft (item id to value) as one whole. The scan's row is locked
     * first, so requests that arrive at once for the same scan (a phone resending on a bad
     * network) take turns: none inserts an answer another is inserting, and one request's set is
     * never mixed with another's. Any item that is not a statement of this scan answers 404 and
     * any value off the scale is refused; either way nothing of the set is saved.
     */
    public void answerAll(long scanId, Map<Long, Integer> values, long personId) {
        SelfScan scan = lockOwn(scanId, personId);
        scan.checkEditable();
        if (values.isEmpty()) {
            return;
        }
        Map<Long, SelfScanAnswer> existing = new HashMap<>();
        em.createNamedQuery(SelfScanAnswer.LIST_FOR_SCANS, SelfScanAnswer.class)
                .setParameter("scans", List.of(scanId))
                .getResultList()
                .forEach(a -> existing.put(a.getItem().getId(), a));
        values.forEach((itemId, value) -> {
            FrameworkItem item = em.find(FrameworkItem.class, itemId);
            if (item == null || item.getForm() != Form.SELF_SCAN || !item.isScaled()
                    || !item.getVersion().getId().equals(scan.getVersion().getId())) {
                throw new NotFoundException();
            }
            SelfScanAnswer answer = existing.get(itemId);
            if (answer == null) {
                em.persist(new SelfScanAnswer(scan, item, value));
            } else {
                answer.change(value);
            }
        });
    }

    /** Submits a draft; the answers of the same request are saved first, in the same transaction. */
    public void submit(long scanId, Map<Long, Integer> values, long personId) {
        answerAll(scanId, values, personId);
        SelfScan scan = getOwn(scanId, personId);
        em.flush();
        Map<String, Integer> answers = answers(scan);
        int unanswered = (int) statements(scan).stream()
                .filter(FrameworkItem::isScaled)
                .filter(i -> !answers.containsKey(i.getKey()))
                .count();
        scan.submit(unanswered, now());
        // Taken for the cohorts the person is an accepted member of now: their facilitators see it.
        for (Cohort cohort : cohorts.listAsMember(personId)) {
            em.persist(new ScanCohort(scan, cohort, false, now()));
        }
    }

    public void submit(long scanId, long personId) {
        submit(scanId, Map.of(), personId);
    }

    /**
     * The caller's own scan, its row locked until the transaction ends. The lock is taken with an
     * UPDATE that changes nothing: it waits for the lock the same way on H2 and MariaDB, whereas
     * H2 may answer a waiting SELECT ... FOR UPDATE with no row at all once the other commits.
     */
    private SelfScan lockOwn(long scanId, long personId) {
        em.createNativeQuery("UPDATE self_scan SET version = version WHERE id = ?")
                .setParameter(1, scanId)
                .executeUpdate();
        return getOwn(scanId, personId);
    }

    public ScanResult result(SelfScan scan) {
        Map<Integer, Double> means = AxisScores.means(statements(scan), answers(scan));
        return new ScanResult(scan, framework.axes(scan.getVersion()), means, AxisScores.lowest(means));
    }

    /**
     * The newest submitted scan of each of these members that is shown to the cohort (taken for it
     * or brought along), with the group mean when enough people submitted.
     */
    public CohortScans forCohort(CheckedCohort cohort, List<Long> personIds) {
        return scansFor(cohort.withPeople().id(), personIds);
    }

    /**
     * How many of these members' scans are shown to the cohort, and the group means from
     * {@code minimum} scans on: numbers without anybody's scan, for whoever passed the cohort's check.
     */
    public GroupScans groupOf(CheckedCohort cohort, List<Long> personIds, int minimum) {
        CohortScans scans = scansFor(cohort.id(), personIds);
        int count = scans.latestByPerson().size();
        return new GroupScans(count, count >= minimum ? scans.groupMeans() : Map.of(), scans.mixedVersions());
    }

    /** A cohort's scans in numbers: how many, the means per axis (empty below the minimum), and whether versions differ. */
    public record GroupScans(int count, Map<Integer, Double> means, boolean mixedVersions) {
    }

    private CohortScans scansFor(long cohortId, List<Long> personIds) {
        if (personIds.isEmpty()) {
            return new CohortScans(Map.of(), Map.of(), false);
        }
        return summarise(em.createNamedQuery(SelfScan.SUBMITTED_FOR_COHORT, SelfScan.class)
                .setParameter("people", personIds).setParameter("cohort", cohortId).getResultList());
    }

    /** Which of these members of a checked cohort submitted any self-scan, in one query (for the self-scan nudge to themselves). */
    public Set<Long> submittedAmong(CheckedCohort cohort, List<Long> personIds) {
        cohort.withPeople();
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                        SELECT DISTINCT s.person.id FROM SelfScan s
                        WHERE s.person.id IN :people AND s.status = nl.leerkring.scan.ScanStatus.SUBMITTED""", Long.class)
                .setParameter("people", personIds).getResultList());
    }

    /** The person's own newest submitted scan, for their own pages. */
    public Optional<ScanResult> latestOwn(long personId) {
        return Optional.ofNullable(summarise(em.createNamedQuery(SelfScan.SUBMITTED_FOR_PEOPLE, SelfScan.class)
                .setParameter("people", List.of(personId)).getResultList()).latestByPerson().get(personId));
    }

    private CohortScans summarise(List<SelfScan> newestFirst) {
        Map<Long, SelfScan> latest = new LinkedHashMap<>();
        for (SelfScan scan : newestFirst) {
            latest.putIfAbsent(scan.getPerson().getId(), scan);
        }
        if (latest.isEmpty()) {
            return new CohortScans(Map.of(), Map.of(), false);
        }
        Map<Long, Map<String, Integer>> answersByScan = new HashMap<>();
        Map<Long, List<FrameworkItem>> itemsByScan = new HashMap<>();
        em.createNamedQuery(SelfScanAnswer.LIST_FOR_SCANS, SelfScanAnswer.class)
                .setParameter("scans", latest.values().stream().map(SelfScan::getId).toList())
                .getResultList()
                .forEach(a -> {
                    answersByScan.computeIfAbsent(a.getScan().getId(), k -> new HashMap<>())
                            .put(a.getItem().getKey(), a.getAnswer());
                    itemsByScan.computeIfAbsent(a.getScan().getId(), k -> new ArrayList<>()).add(a.getItem());
                });
        Map<Long, ScanResult> results = new LinkedHashMap<>();
        Map<Long, FrameworkVersion> versions = new HashMap<>();
        latest.forEach((person, scan) -> {
            Map<Integer, Double> means = AxisScores.means(itemsByScan.getOrDefault(scan.getId(), List.of()),
                    answersByScan.getOrDefault(scan.getId(), Map.of()));
            results.put(person, new ScanResult(scan, List.of(), means, AxisScores.lowest(means)));
            versions.put(scan.getVersion().getId(), scan.getVersion());
        });
        Map<Integer, Double> group = results.size() >= GROUP_MINIMUM
                ? AxisScores.groupMeans(results.values().stream().map(ScanResult::means).toList())
                : Map.of();
        return new CohortScans(results, group, versions.size() > 1);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
