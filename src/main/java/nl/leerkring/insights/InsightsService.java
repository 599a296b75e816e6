package nl.leerkring.insights;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.account.AccountService;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.feedback.RaterRole;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.instrument.FrameworkVersion;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Role;

/**
 * The coordinator's insights (DESIGN §7: aggregates without names, at least five people behind
 * each figure, never per-person rows). Every figure is counted by the database with GROUP BY in one
 * statement per kind of figure, the same six statements for one cohort as for a thousand; no query
 * here selects a name, an address or a person's id, so none can reach the page or the CSV.
 */
@Stateless
public class InsightsService {

    /** The fewest people behind a figure (DESIGN §7); {@code leerkring.insights.min-people} may only raise it. */
    public static final int MIN_PEOPLE = 5;

    /** The last day after a meeting on which its summary is in time (seed 003 §4.1: within a week). */
    static final int SUMMARY_DAYS = 7;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private AccountService accounts;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private FrameworkService framework;
    @Inject
    @ConfigProperty(name = "leerkring.insights.min-people", defaultValue = "" + MIN_PEOPLE)
    private int configuredMinPeople;

    /** The minimum in force: the configured one, never below {@link #MIN_PEOPLE}. */
    public int minPeople() {
        return Math.max(MIN_PEOPLE, configuredMinPeople);
    }

    /** The cohorts and start years the coordinator may choose from. */
    public record Choices(List<Cohort> cohorts, SortedSet<Integer> years) {
    }

    public Choices choices(long coordinatorId) {
        checkCoordinator(coordinatorId);
        List<Cohort> all = cohorts.listToView(coordinatorId);
        SortedSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        all.forEach(c -> years.add(c.getStartDate().getYear()));
        return new Choices(all, years);
    }

    /** The figures of one scope, for a coordinator only; another caller, or a cohort that does not exist, gets 404. */
    public Insights insights(InsightsScope scope, long coordinatorId) {
        checkCoordinator(coordinatorId);
        if (scope.kind() == InsightsScope.Kind.COHORT) {
            cohorts.getToView(scope.value(), coordinatorId);
        }
        int min = minPeople();
        LocalDateTime now = meetingService.localNow();
        FrameworkVersion version = framework.current();
        List<AxisGrowth> axes = radar(scope, framework.axes(version), min);
        Object[] members = members(scope);
        long memberships = number(members[0]);
        long people = number(members[1]);
        return new Insights(axes, version.getScalePoints(), raters(scope, min), attendance(scope, min),
                reflections(scope, now, min),
                Figure.of(number(members[2]), memberships, people, min),
                Figure.of(number(members[3]), memberships, people, min),
                Figure.of(number(members[4]), memberships, people, min),
                summaries(scope, now, people, min), min);
    }

    private void checkCoordinator(long personId) {
        if (!accounts.getPerson(personId).hasRole(Role.COORDINATOR)) {
            throw new NotFoundException();
        }
    }

    // ------------------------------------------------------------------ the six statements

    /**
     * Per moment and axis: the sum and count of the answers and the people behind them, over each
     * participant's newest submitted start or end scan taken for a cohort in scope (a scan brought
     * along from an earlier cohort is that cohort's, not this one's).
     */
    private List<AxisGrowth> radar(InsightsScope scope, List<FrameworkAxis> frameworkAxes, int min) {
        Map<String, double[]> cells = new HashMap<>();
        for (Object[] row : rows("""
                SELECT s.moment, i.axis_number, SUM(a.answer), COUNT(a.answer), COUNT(DISTINCT s.person_id)
                FROM cohort c
                JOIN scan_cohort sc ON sc.cohort_id = c.id AND sc.brought_along = FALSE
                JOIN self_scan s ON s.id = sc.scan_id
                JOIN self_scan_answer a ON a.scan_id = s.id
                JOIN framework_item i ON i.id = a.item_id
                WHERE s.status = 'SUBMITTED' AND s.moment IN ('START', 'END')
                  AND s.id = (SELECT MAX(s2.id) FROM self_scan s2
                              JOIN scan_cohort sc2 ON sc2.scan_id = s2.id AND sc2.brought_along = FALSE
                              WHERE sc2.cohort_id = c.id AND s2.person_id = s.person_id
                                AND s2.moment = s.moment AND s2.status = 'SUBMITTED')
                  AND %s
                GROUP BY s.moment, i.axis_number""", scope)) {
            cells.put(row[0] + ":" + number(row[1]),
                    new double[] {number(row[2]), number(row[3]), number(row[4])});
        }
        List<AxisGrowth> axes = new ArrayList<>();
        for (FrameworkAxis axis : frameworkAxes) {
            double[] start = cells.get("START:" + axis.getNumber());
            double[] end = cells.get("END:" + axis.getNumber());
            axes.add(new AxisGrowth(axis.getNumber(), axis.getLabel(), mean(start, min), mean(end, min),
                    start == null ? 0 : (long) start[2], end == null ? 0 : (long) end[2]));
        }
        return axes;
    }

    private static Double mean(double[] cell, int min) {
        return cell == null || cell[2] < min || cell[1] == 0 ? null : cell[0] / cell[1];
    }

    /**
     * Per rater role: requests not withdrawn, those submitted, and the participants who asked. A
     * request counts for the cohort the participant had most recently joined when asking.
     */
    private List<RoleFigure> raters(InsightsScope scope, int min) {
        Map<String, Figure> byRole = new HashMap<>();
        for (Object[] row : rows("""
                SELECT f.rater_role, COUNT(*), SUM(CASE WHEN f.status = 'SUBMITTED' THEN 1 ELSE 0 END),
                       COUNT(DISTINCT f.participant_id)
                FROM cohort c
                JOIN cohort_member cm ON cm.cohort_id = c.id AND cm.state = 'ACCEPTED'
                JOIN feedback_request f ON f.participant_id = cm.person_id AND f.created_at >= cm.added_at
                WHERE f.status <> 'WITHDRAWN'
                  AND NOT EXISTS (SELECT 1 FROM cohort_member later
                                  WHERE later.person_id = cm.person_id AND later.state = 'ACCEPTED'
                                    AND later.added_at > cm.added_at AND later.added_at <= f.created_at)
                  AND %s
                GROUP BY f.rater_role""", scope)) {
            byRole.put((String) row[0], Figure.of(number(row[2]), number(row[1]), number(row[3]), min));
        }
        List<RoleFigure> roles = new ArrayList<>();
        for (RaterRole role : RaterRole.values()) {
            roles.add(new RoleFigure(role.name(), byRole.getOrDefault(role.name(), Figure.hidden())));
        }
        return roles;
    }

    /** Per meeting number: present or late, of the attendance recorded, and the people recorded. */
    private List<MeetingFigure> attendance(InsightsScope scope, int min) {
        Map<Integer, Figure> byMeeting = new HashMap<>();
        for (Object[] row : rows("""
                SELECT m.meeting_number, SUM(CASE WHEN a.status IN ('PRESENT', 'LATE') THEN 1 ELSE 0 END),
                       COUNT(*), COUNT(DISTINCT a.person_id)
                FROM cohort c
                JOIN meeting m ON m.cohort_id = c.id
                JOIN attendance a ON a.meeting_id = m.id
                WHERE %s
                GROUP BY m.meeting_number""", scope)) {
            byMeeting.put((int) number(row[0]), Figure.of(number(row[1]), number(row[2]), number(row[3]), min));
        }
        return perMeeting(byMeeting);
    }

    /** Per meeting number, over the meetings held: members who submitted a reflection, of all members. */
    private List<MeetingFigure> reflections(InsightsScope scope, LocalDateTime now, int min) {
        Map<Integer, Figure> byMeeting = new HashMap<>();
        for (Object[] row : rows("""
                SELECT m.meeting_number,
                       SUM(CASE WHEN EXISTS (SELECT 1 FROM reflection r WHERE r.meeting_id = m.id
                                             AND r.person_id = cm.person_id AND r.submitted_at IS NOT NULL)
                           THEN 1 ELSE 0 END),
                       COUNT(*), COUNT(DISTINCT cm.person_id)
                FROM cohort c
                JOIN meeting m ON m.cohort_id = c.id
                JOIN cohort_member cm ON cm.cohort_id = c.id AND cm.state = 'ACCEPTED'
                WHERE m.starts_at <= ? AND %s
                GROUP BY m.meeting_number""", scope, now)) {
            byMeeting.put((int) number(row[0]), Figure.of(number(row[1]), number(row[2]), number(row[3]), min));
        }
        return perMeeting(byMeeting);
    }

    private static List<MeetingFigure> perMeeting(Map<Integer, Figure> byMeeting) {
        List<MeetingFigure> meetings = new ArrayList<>();
        for (int number = 1; number <= 6; number++) {
            meetings.add(new MeetingFigure(number, byMeeting.getOrDefault(number, Figure.hidden())));
        }
        return meetings;
    }

    /**
     * Over the accepted memberships: how many, how many different people, and how many wrote a
     * learning question, made a practice plan, reported on one.
     */
    private Object[] members(InsightsScope scope) {
        List<Object[]> result = rows("""
                SELECT COUNT(*), COUNT(DISTINCT cm.person_id),
                       SUM(CASE WHEN EXISTS (SELECT 1 FROM learning_question q
                                             WHERE q.cohort_id = c.id AND q.person_id = cm.person_id)
                           THEN 1 ELSE 0 END),
                       SUM(CASE WHEN EXISTS (SELECT 1 FROM practice_plan p JOIN meeting pm ON pm.id = p.meeting_id
                                             WHERE pm.cohort_id = c.id AND p.person_id = cm.person_id)
                           THEN 1 ELSE 0 END),
                       SUM(CASE WHEN EXISTS (SELECT 1 FROM practice_plan p JOIN meeting pm ON pm.id = p.meeting_id
                                             WHERE pm.cohort_id = c.id AND p.person_id = cm.person_id
                                               AND p.reported_at IS NOT NULL)
                           THEN 1 ELSE 0 END)
                FROM cohort c
                JOIN cohort_member cm ON cm.cohort_id = c.id AND cm.state = 'ACCEPTED'
                WHERE %s""", scope);
        return result.get(0);
    }

    /**
     * Meetings whose week is over (held before the start of the day seven days ago, on the meetings'
     * wall clock) and of those, how many had their summary sent by the seventh day. The sending time
     * is stored in UTC and compared by its date, so a summary sent in the last hour or two of day 7
     * may count as day 8.
     */
    private Figure summaries(InsightsScope scope, LocalDateTime now, long people, int min) {
        Object[] row = rows("""
                SELECT COUNT(*),
                       SUM(CASE WHEN s.sent_at IS NOT NULL
                                 AND TIMESTAMPDIFF(DAY, CAST(m.starts_at AS DATE), CAST(s.sent_at AS DATE)) <= ?
                           THEN 1 ELSE 0 END)
                FROM cohort c
                JOIN meeting m ON m.cohort_id = c.id
                LEFT JOIN meeting_summary s ON s.meeting_id = m.id
                WHERE m.starts_at < ? AND %s""", scope, SUMMARY_DAYS,
                now.toLocalDate().minusDays(SUMMARY_DAYS).atStartOfDay()).get(0);
        return Figure.of(number(row[1]), number(row[0]), people, min);
    }

    // ------------------------------------------------------------------ helpers

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, InsightsScope scope, Object... before) {
        Query query = em.createNativeQuery(sql.formatted(scope.condition()));
        int position = 1;
        for (Object value : before) {
            query.setParameter(position++, value);
        }
        for (Object value : scope.parameters()) {
            query.setParameter(position++, value);
        }
        List<?> rows = query.getResultList();
        List<Object[]> result = new ArrayList<>();
        rows.forEach(r -> result.add(r instanceof Object[] array ? array : new Object[] {r}));
        return result;
    }

    /** A count or sum as the database gives it (Long, Integer, BigDecimal, BigInteger), null as 0. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
