package nl.leerkring.privacy;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.cohort.Cohort;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Text;

/**
 * Retention per partnership: how long after a cohort's last meeting its participants' personal data is
 * kept. The daily job lists the cohorts that are due; a coordinator confirms each, and only then are its
 * participants anonymised (the same routine as an erasure). A participant who is also in a cohort whose
 * retention has not been confirmed is kept, as that cohort still needs them.
 */
@Stateless
public class RetentionService {

    /** A partnership's setting as the coordinator edits it. */
    public record PartnershipRetention(String partnership, int months, boolean isDefault) implements Serializable {
    }

    /** A listed cohort with its name, for the coordinator's list. */
    public record DueCohort(RetentionDue due, String cohort, String partnership) implements Serializable {
    }

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private ErasureService erasure;
    @Inject
    private Anonymiser anonymiser;

    /** Every partnership that has a cohort or a setting, with its retention in months. */
    public List<PartnershipRetention> partnerships(long coordinatorId) {
        erasure.requireCoordinator(coordinatorId);
        Map<String, Integer> months = settings();
        Set<String> names = new TreeSet<>(months.keySet());
        names.addAll(em.createQuery("SELECT DISTINCT c.partnership FROM Cohort c", String.class).getResultList());
        return names.stream().map(name -> new PartnershipRetention(name,
                months.getOrDefault(name, RetentionSetting.DEFAULT_MONTHS), !months.containsKey(name))).toList();
    }

    public void setMonths(String partnership, int months, long coordinatorId) {
        erasure.requireCoordinator(coordinatorId);
        String name = Text.requiredSingleLine(partnership, RetentionSetting.PARTNERSHIP_MAX, "privacy.retention.partnership");
        RetentionSetting setting = em.find(RetentionSetting.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (setting == null) {
            em.persist(new RetentionSetting(name, months, now()));
        } else {
            setting.change(months, now());
        }
    }

    /** The listed cohorts, those waiting for confirmation first; only for a coordinator. */
    public List<DueCohort> due(long coordinatorId) {
        erasure.requireCoordinator(coordinatorId);
        List<RetentionDue> listed = em.createNamedQuery(RetentionDue.ALL, RetentionDue.class).getResultList();
        if (listed.isEmpty()) {
            return List.of();
        }
        Map<Long, Cohort> cohorts = new HashMap<>();
        em.createQuery("SELECT c FROM Cohort c WHERE c.id IN :ids", Cohort.class)
                .setParameter("ids", listed.stream().map(RetentionDue::getCohortId).toList())
                .getResultList().forEach(c -> cohorts.put(c.getId(), c));
        List<DueCohort> rows = new ArrayList<>();
        listed.stream().filter(d -> !d.isConfirmed()).forEach(d -> rows.add(row(d, cohorts)));
        listed.stream().filter(RetentionDue::isConfirmed).forEach(d -> rows.add(row(d, cohorts)));
        return rows;
    }

    private static DueCohort row(RetentionDue due, Map<Long, Cohort> cohorts) {
        Cohort cohort = cohorts.get(due.getCohortId());
        return new DueCohort(due, cohort.getName(), cohort.getPartnership());
    }

    /**
     * The daily part: lists every cohort whose last meeting lies longer ago than its partnership's
     * retention and that was not listed before. Deletes nothing. Answers how many were listed now.
     */
    public int listDue() {
        LocalDate today = LocalDate.now(clock);
        Map<String, Integer> months = settings();
        Set<Long> listed = new HashSet<>(em.createNamedQuery(RetentionDue.LISTED_COHORTS, Long.class).getResultList());
        int added = 0;
        for (Object[] row : em.createQuery("""
                SELECT m.cohort.id, m.cohort.partnership, MAX(m.startsAt) FROM Meeting m
                GROUP BY m.cohort.id, m.cohort.partnership""", Object[].class).getResultList()) {
            long cohortId = (Long) row[0];
            LocalDate lastMeeting = ((LocalDateTime) row[2]).toLocalDate();
            LocalDate dueOn = lastMeeting.plusMonths(months.getOrDefault((String) row[1], RetentionSetting.DEFAULT_MONTHS));
            if (!listed.contains(cohortId) && !dueOn.isAfter(today)) {
                em.persist(new RetentionDue(cohortId, lastMeeting, dueOn, now()));
                added++;
            }
        }
        return added;
    }

    /**
     * A coordinator confirms a listed cohort: its participants are anonymised, except those also in a
     * cohort whose retention was not confirmed. A cohort confirmed before, or unknown, is a 404.
     */
    public int confirm(long dueId, long coordinatorId) {
        erasure.requireCoordinator(coordinatorId);
        RetentionDue due = em.find(RetentionDue.class, dueId, LockModeType.PESSIMISTIC_WRITE);
        if (due == null || due.isConfirmed()) {
            throw new NotFoundException();
        }
        long cohortId = due.getCohortId();
        List<Long> people = em.createQuery("""
                SELECT m.person.id FROM CohortMember m WHERE m.cohort.id = :cohort AND m.person.id NOT IN (
                    SELECT o.person.id FROM CohortMember o WHERE o.cohort.id <> :cohort AND o.cohort.id NOT IN (
                        SELECT d.cohortId FROM RetentionDue d WHERE d.confirmedAt IS NOT NULL))""", Long.class)
                .setParameter("cohort", cohortId).getResultList();
        LocalDateTime now = now();
        int anonymised = 0;
        for (long personId : people) {
            if (anonymiser.erase(personId, now)) {
                anonymised++;
            }
        }
        due = em.find(RetentionDue.class, dueId);
        due.confirm(coordinatorId, anonymised, now);
        return anonymised;
    }

    private Map<String, Integer> settings() {
        Map<String, Integer> months = new HashMap<>();
        em.createQuery("SELECT s FROM RetentionSetting s", RetentionSetting.class).getResultList()
                .forEach(s -> months.put(s.getPartnership(), s.getMonths()));
        return months;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
