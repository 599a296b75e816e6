package nl.leerkring.testsupport.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.leerkring.account.AccountService;
import nl.leerkring.feedback.RaterService;
import nl.leerkring.platform.DailyJobs;
import nl.leerkring.privacy.DataExports;

/**
 * Runs the background jobs' claims several times at once, as several app instances sharing the database
 * would: each task waits until all have started (at most a few seconds), so they race for the same rows.
 */
@Path("ops")
@Stateless
@Produces(MediaType.TEXT_PLAIN)
public class OperationsSupportResource {

    @PersistenceContext
    private EntityManager em;
    @Resource
    private ManagedExecutorService executor;
    @Inject
    private RaterService raters;
    @Inject
    private DailyJobs dailyJobs;
    @Inject
    private DataExports exports;
    @Inject
    private AccountService accounts;

    /** Rounds of the feedback reminders at once; answers how many reminders they queued together. */
    @POST
    @Path("feedback-reminders-concurrently")
    public String feedbackReminders(@FormParam("rounds") int rounds) throws InterruptedException, ExecutionException {
        return String.valueOf(atOnce(rounds, raters::queueReminders).stream().mapToInt(Integer::intValue).sum());
    }

    /** A daily job of the test's own, never run; answers its name. Committed before the claims race for it. */
    @POST
    @Path("daily-job")
    public String dailyJob() {
        String job = "it-" + UUID.randomUUID().toString().substring(0, 8);
        em.createNativeQuery("INSERT INTO daily_job (name) VALUES (?)").setParameter(1, job).executeUpdate();
        return job;
    }

    /** This many claims of today for the job at once; answers how many of them may run it. */
    @POST
    @Path("daily-claims-concurrently")
    public String dailyClaims(@FormParam("job") String job, @FormParam("claims") int claims)
            throws InterruptedException, ExecutionException {
        LocalDate today = LocalDate.now();
        return String.valueOf(atOnce(claims, () -> dailyJobs.claim(job, today)).stream().filter(b -> b).count());
    }

    /** A data export asked for by each of these people (comma-separated); answers their ids, comma-separated. */
    @POST
    @Path("exports")
    public String askExports(@FormParam("emails") String emails) {
        List<String> ids = new ArrayList<>();
        for (String email : emails.split(",")) {
            nl.leerkring.privacy.DataExport export = exports.request(accounts.findByEmail(email).orElseThrow().getId());
            em.flush();
            ids.add(String.valueOf(export.getId()));
        }
        return String.join(",", ids);
    }

    /** Claims of the due data exports at once; answers every claimed id, comma-separated (an id twice is a double claim). */
    @POST
    @Path("export-claims-concurrently")
    public String exportClaims(@FormParam("claims") int claims) throws InterruptedException, ExecutionException {
        List<String> claimed = new ArrayList<>();
        for (DataExports.Claim claim : atOnce(claims, exports::claimDue)) {
            claim.exportIds().forEach(id -> claimed.add(String.valueOf(id)));
        }
        return String.join(",", claimed);
    }

    private <T> List<T> atOnce(int tasks, Supplier<T> work) throws InterruptedException, ExecutionException {
        CountDownLatch started = new CountDownLatch(tasks);
        List<Callable<T>> calls = new ArrayList<>();
        for (int i = 0; i < tasks; i++) {
            calls.add(() -> {
                started.countDown();
                // A pool with fewer threads than tasks runs the rest later: wait a while, not for ever.
                started.await(5, TimeUnit.SECONDS);
                return work.get();
            });
        }
        List<T> results = new ArrayList<>();
        for (Future<T> result : executor.invokeAll(calls)) {
            results.add(result.get());
        }
        return results;
    }
}
