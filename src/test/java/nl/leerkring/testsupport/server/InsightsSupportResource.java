package nl.leerkring.testsupport.server;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.leerkring.account.AccessLog;
import nl.leerkring.account.AccountService;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.platform.DailyJobs;
import nl.leerkring.scan.ScanMoment;
import nl.leerkring.scan.ScanService;
import nl.leerkring.scan.SelfScan;

/** Arranges the data of the insights and access-log tests (issue 16) without walking every page. */
@Path("insights")
@Stateless
@Produces(MediaType.TEXT_PLAIN)
public class InsightsSupportResource {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private AccountService accounts;
    @Inject
    private ScanService scans;
    @Inject
    private AccessLog accessLog;
    @Inject
    private DailyJobs dailyJobs;

    private long person(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }

    /** A self-scan of this moment with every statement answered with one value, submitted; answers its id. */
    @POST
    @Path("scan")
    public String scan(@FormParam("email") String email, @FormParam("moment") ScanMoment moment,
            @FormParam("value") int value) {
        long person = person(email);
        SelfScan scan = scans.start(person, moment);
        for (FrameworkItem item : scans.statements(scan)) {
            if (item.isScaled()) {
                scans.answer(scan.getId(), item.getId(), value, person);
            }
        }
        scans.submit(scan.getId(), person);
        return String.valueOf(scan.getId());
    }

    /** Attendance of one person at a cohort's meeting by its number, as recorded. */
    @POST
    @Path("attendance")
    public String attendance(@FormParam("cohort") long cohortId, @FormParam("meeting") int number,
            @FormParam("email") String email, @FormParam("status") String status) {
        return String.valueOf(em.createNativeQuery("INSERT INTO attendance (meeting_id, person_id, status, recorded_at) "
                        + "SELECT m.id, ?, ?, ? FROM meeting m WHERE m.cohort_id = ? AND m.meeting_number = ?")
                .setParameter(1, person(email)).setParameter(2, status)
                .setParameter(3, LocalDateTime.now(ZoneOffset.UTC))
                .setParameter(4, cohortId).setParameter(5, number)
                .executeUpdate());
    }

    /** A learning question of the person in the cohort, on the first axis. */
    @POST
    @Path("question")
    public String question(@FormParam("cohort") long cohortId, @FormParam("email") String email) {
        return String.valueOf(em.createNativeQuery("INSERT INTO learning_question "
                        + "(cohort_id, person_id, axis_id, question, created_at) "
                        + "SELECT ?, ?, MIN(a.id), 'Hoe geef ik feedback?', ? FROM framework_axis a")
                .setParameter(1, cohortId).setParameter(2, person(email))
                .setParameter(3, LocalDateTime.now(ZoneOffset.UTC))
                .executeUpdate());
    }

    /** Makes the access-log rows about this person 400 days old. */
    @POST
    @Path("access-log/age")
    public String ageAccessLog(@FormParam("email") String email) {
        return String.valueOf(em.createNativeQuery("UPDATE access_log SET opened_at = ? WHERE subject_id = ?")
                .setParameter(1, LocalDateTime.now(ZoneOffset.UTC).minusDays(400))
                .setParameter(2, person(email))
                .executeUpdate());
    }

    /** One pruning of the access log, as the daily job runs it; answers how many rows went. */
    @POST
    @Path("access-log/prune")
    public String pruneAccessLog() {
        return String.valueOf(accessLog.prune());
    }

    /** A daily job of the test's own, never run. */
    @POST
    @Path("daily-job")
    public String dailyJob(@FormParam("name") String name) {
        return String.valueOf(em.createNativeQuery("INSERT INTO daily_job (name) VALUES (?)")
                .setParameter(1, name).executeUpdate());
    }

    /** Whether this caller may run the daily job on the day. */
    @POST
    @Path("daily-job/claim")
    public String claim(@FormParam("name") String name, @FormParam("day") String day) {
        return String.valueOf(dailyJobs.claim(name, LocalDate.parse(day)));
    }
}
