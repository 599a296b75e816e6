package nl.leerkring.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.account.Person;
import nl.leerkring.learning.ReflectionAccess;
import nl.leerkring.learning.ReflectionVisibility;
import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.Links;
import nl.leerkring.platform.Moments;
import nl.leerkring.platform.Texts;

/**
 * A person's notices, read from the events' own timestamps in a fixed number of statements (three
 * queries for the events, one for the groups, one for the person's state), whatever the data size;
 * "seen", the digest setting, and the digest mail of one person.
 */
@Stateless
public class NoticeService {

    /** The notices on the home page. */
    public static final int HOME_LIMIT = 8;
    /** The notices in one digest mail. */
    public static final int DIGEST_LIMIT = 20;

    /** What the home page's card shows. */
    public record Home(List<Notice> notices, boolean digestOn) {
    }

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private Outbox outbox;
    @Inject
    @ConfigProperty(name = "leerkring.time-zone", defaultValue = "Europe/Amsterdam")
    private String timeZone;
    @Inject
    private Moments moments;
    @Inject
    private Links links;

    public Home home(long personId) {
        NoticeState state = em.find(NoticeState.class, personId);
        LocalDateTime since = NoticeRules.seenSince(state == null ? null : state.getSeenUntil(), now());
        return new Home(notices(personId, since, HOME_LIMIT), state == null || state.isDigestOn());
    }

    /** "Gezien": everything until now is no longer new on the home page. */
    public void markSeen(long personId) {
        stateOf(personId).seenUntil(now());
    }

    public void setDigest(long personId, boolean on) {
        stateOf(personId).digestOn(on);
    }

    private NoticeState stateOf(long personId) {
        NoticeState state = em.find(NoticeState.class, personId);
        if (state == null) {
            state = new NoticeState(personId);
            em.persist(state);
        }
        return state;
    }

    /** The people a digest round looks at: accepted members of a cohort who can log in and did not turn it off. */
    public List<Long> digestCandidates() {
        return em.createQuery("""
                SELECT DISTINCT m.person.id FROM CohortMember m JOIN m.person p
                WHERE m.state = nl.leerkring.cohort.MemberState.ACCEPTED AND p.disabled = FALSE
                  AND NOT EXISTS (SELECT s FROM NoticeState s WHERE s.personId = p.id AND s.digestOn = FALSE)""",
                Long.class).getResultList();
    }

    /**
     * One person's digest, in a transaction of its own: queued under {@code digest:<person>:<local date>}
     * when they have unseen events since their last digest. A second instance that queued the same key a
     * moment earlier makes this one fail on the unique key (the caller shrugs). Answers whether it was queued now.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendDigest(long personId) {
        NoticeState state = em.find(NoticeState.class, personId);
        if (state != null && !state.isDigestOn()) {
            return false;
        }
        LocalDateTime now = now();
        String key = "digest:" + personId + ":" + LocalDate.now(clock.withZone(zone()));
        LocalDateTime since = NoticeRules.digestSince(state == null ? null : state.getSeenUntil(),
                state == null ? null : state.getDigestUntil(), now);
        List<Notice> notices = notices(personId, since, DIGEST_LIMIT);
        if (notices.isEmpty()) {
            return false;
        }
        Person person = em.find(Person.class, personId);
        Locale locale = Texts.forLanguage(person.getLanguage());
        StringBuilder lines = new StringBuilder();
        for (Notice notice : notices) {
            lines.append("- ").append(line(notice, locale)).append(" (").append(format(notice.at(), locale)).append(")\n");
        }
        Map<String, String> values = new HashMap<>();
        values.put("name", person.getDisplayName());
        values.put("events", lines.toString().strip());
        values.put("link", links.to("/dashboard.xhtml"));
        if (!outbox.queue(key, person.getEmail(), person.getDisplayName(), locale, "digest", values, false, null)) {
            return false;
        }
        (state == null ? stateOf(personId) : state).digestUntil(now);
        return true;
    }

    /** A notice's line, as the person reads it ("Anna reageerde op je reflectie op bijeenkomst 2"). */
    public static String line(Notice notice, Locale locale) {
        return Texts.get(locale, notice.kind().textKey(), notice.actorName(), notice.meetingNumber());
    }

    /** A stored (UTC) moment in the application's time zone, as the person reads it. */
    public String format(LocalDateTime utc, Locale locale) {
        return moments.local(utc)
                .format(DateTimeFormatter.ofPattern(Texts.get(locale, "notice.dateTime"), locale));
    }

    /** The person's notices since a moment, newest first, at most {@code limit}. */
    List<Notice> notices(long personId, LocalDateTime since, int limit) {
        List<Notice> all = new ArrayList<>();
        // A response of someone else to my reflection.
        for (Object[] row : em.createQuery("""
                SELECT f.id, a.displayName, m.number, r.createdAt FROM ReflectionResponse r
                JOIN r.reflection f JOIN r.author a JOIN f.meeting m
                WHERE f.person.id = :person AND a.id <> :person AND r.createdAt > :since
                ORDER BY r.createdAt DESC""", Object[].class)
                .setParameter("person", personId).setParameter("since", since).setMaxResults(limit).getResultList()) {
            all.add(new Notice(Notice.Kind.REPLY, (String) row[1], (Integer) row[2], (LocalDateTime) row[3],
                    "/learning/reflection.xhtml?id=" + row[0]));
        }
        // A reflection someone else shared with the group, in a cohort I am an accepted member of.
        List<Object[]> shared = em.createQuery("""
                SELECT f.id, a.id, a.displayName, m.number, f.submittedAt, f.cohort.id FROM Reflection f
                JOIN f.person a JOIN f.meeting m
                WHERE f.submittedAt > :since AND a.id <> :person
                  AND f.visibility = nl.leerkring.learning.ReflectionVisibility.GROUP
                  AND f.cohort.id IN (SELECT c.cohort.id FROM CohortMember c
                                      WHERE c.person.id = :person AND c.state = nl.leerkring.cohort.MemberState.ACCEPTED)
                ORDER BY f.submittedAt DESC""", Object[].class)
                .setParameter("person", personId).setParameter("since", since).setMaxResults(limit).getResultList();
        if (!shared.isEmpty()) {
            Set<Long> cohortIds = new HashSet<>();
            shared.forEach(row -> cohortIds.add((Long) row[5]));
            Map<String, Long> groups = new HashMap<>();
            for (Object[] row : em.createQuery("""
                    SELECT c.cohort.id, c.person.id, g.id FROM CohortMember c LEFT JOIN c.group g
                    WHERE c.cohort.id IN :cohorts AND c.state = nl.leerkring.cohort.MemberState.ACCEPTED""", Object[].class)
                    .setParameter("cohorts", cohortIds).getResultList()) {
                groups.put(row[0] + ":" + row[1], (Long) row[2]);
            }
            for (Object[] row : shared) {
                long authorId = (Long) row[1];
                ReflectionAccess.Subject subject = new ReflectionAccess.Subject(authorId, groups.get(row[5] + ":" + authorId),
                        ReflectionVisibility.GROUP, true);
                if (NoticeRules.isNotice(subject, personId, groups.get(row[5] + ":" + personId))) {
                    all.add(new Notice(Notice.Kind.GROUP_REFLECTION, (String) row[2], (Integer) row[3],
                            (LocalDateTime) row[4], "/learning/reflection.xhtml?id=" + row[0]));
                }
            }
        }
        // My duo partner's new plan or report.
        for (Object[] row : em.createQuery("""
                SELECT a.displayName, m.number, p.createdAt, p.reportedAt FROM PracticePlan p
                JOIN p.person a JOIN p.meeting m, Duo d
                WHERE d.cohort = m.cohort
                  AND ((d.personA.id = :person AND d.personB.id = a.id) OR (d.personB.id = :person AND d.personA.id = a.id))
                  AND (p.createdAt > :since OR p.reportedAt > :since)
                ORDER BY p.updatedAt DESC""", Object[].class)
                .setParameter("person", personId).setParameter("since", since).setMaxResults(limit).getResultList()) {
            LocalDateTime created = (LocalDateTime) row[2];
            LocalDateTime reported = (LocalDateTime) row[3];
            if (created.isAfter(since)) {
                all.add(new Notice(Notice.Kind.PARTNER_PLAN, (String) row[0], (Integer) row[1], created, "/learning/plans.xhtml"));
            }
            if (reported != null && reported.isAfter(since)) {
                all.add(new Notice(Notice.Kind.PARTNER_REPORT, (String) row[0], (Integer) row[1], reported, "/learning/plans.xhtml"));
            }
        }
        return NoticeRules.latest(all, limit);
    }


    private ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
