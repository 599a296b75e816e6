package nl.leerkring.account;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.platform.Role;

/**
 * The access log (issue 16 §5): the services that let a facilitator or coordinator read a person's
 * self-scan, feedback result or reflection write a row here in the same transaction as the read;
 * the person concerned sees the rows on their privacy page. Rows older than
 * {@code leerkring.access-log.days} (365) are deleted by {@link AccessLogPruning}.
 */
@Stateless
public class AccessLog {

    /** How long a row is kept when nothing is configured. */
    public static final int DEFAULT_DAYS = 365;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "leerkring.access-log.days", defaultValue = "" + DEFAULT_DAYS)
    private int days;

    /** The viewer, in this role, opened one record of the subject's. Nothing is written when they are the same person. */
    public void record(long viewerId, Role viewerRole, long subjectId, AccessKind kind, Long recordId) {
        if (viewerId == subjectId) {
            return;
        }
        em.persist(new AccessLogEntry(em.getReference(Person.class, subjectId), em.getReference(Person.class, viewerId),
                viewerRole, kind, recordId, LocalDateTime.now(clock)));
    }

    /**
     * The viewer opened several records at once (a page listing reflections): record id → whose it
     * is. One INSERT for all of them, so a page costs the same statements for two records as for twenty.
     */
    public void recordAll(long viewerId, Role viewerRole, AccessKind kind, Map<Long, Long> subjectByRecord) {
        List<Map.Entry<Long, Long>> others = subjectByRecord.entrySet().stream()
                .filter(e -> e.getValue() != viewerId).toList();
        if (others.isEmpty()) {
            return;
        }
        if (viewerRole == Role.PARTICIPANT) {
            throw new IllegalArgumentException("Only facilitators and coordinators are logged");
        }
        StringJoiner rows = new StringJoiner(", ");
        others.forEach(e -> rows.add("(?, ?, ?, ?, ?, ?)"));
        Query insert = em.createNativeQuery("INSERT INTO access_log "
                + "(subject_id, viewer_id, viewer_role, kind, record_id, opened_at) VALUES " + rows);
        LocalDateTime now = LocalDateTime.now(clock);
        int p = 1;
        for (Map.Entry<Long, Long> e : others) {
            insert.setParameter(p++, e.getValue());
            insert.setParameter(p++, viewerId);
            insert.setParameter(p++, viewerRole.name());
            insert.setParameter(p++, kind.name());
            insert.setParameter(p++, e.getKey());
            insert.setParameter(p++, now);
        }
        insert.executeUpdate();
    }

    /**
     * Every row about this person, newest first, with who opened what: for their privacy page and
     * for the export of their data.
     */
    public List<AccessLogEntry> entriesAbout(long personId) {
        return em.createNamedQuery(AccessLogEntry.ABOUT, AccessLogEntry.class)
                .setParameter("person", personId).getResultList();
    }

    /** How many days a row is kept. */
    public int keptDays() {
        return days;
    }

    /** Deletes the rows older than the kept period; answers how many. */
    public int prune() {
        return em.createNamedQuery(AccessLogEntry.DELETE_BEFORE)
                .setParameter("before", LocalDateTime.now(clock).minusDays(days))
                .executeUpdate();
    }
}
