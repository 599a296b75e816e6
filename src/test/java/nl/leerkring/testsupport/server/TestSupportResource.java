package nl.leerkring.testsupport.server;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import nl.leerkring.account.AccountService;
import nl.leerkring.platform.Role;
import nl.leerkring.mail.Outbox;
import nl.leerkring.mail.OutboxMail;
import nl.leerkring.mail.OutboxSender;
import nl.leerkring.instrument.Form;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.instrument.FrameworkVersion;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.SqlCountFilter;
import nl.leerkring.scan.ScanMoment;
import nl.leerkring.scan.ScanService;
import nl.leerkring.scan.SelfScan;

/** Lets the ITs arrange data and drive the outbox without waiting for timers. */
@Path("")
@Stateless
@Produces(MediaType.TEXT_PLAIN)
public class TestSupportResource {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Outbox outbox;
    @Inject
    private OutboxSender sender;
    @Inject
    private AccountService accounts;
    @Resource
    private ManagedExecutorService executor;
    @Resource
    private jakarta.ejb.SessionContext ejbContext;
    @Inject
    private FrameworkService framework;
    @Inject
    private ScanService scans;
    @Inject
    private nl.leerkring.cohort.CohortService cohorts;
    @Inject
    private nl.leerkring.feedback.RaterService raters;

    @POST
    @Path("outbox")
    public String queue(@FormParam("key") String key, @FormParam("to") String to) {
        outbox.queue(key, to, "Test", Locale.forLanguageTag("nl"), "activation",
                Map.of("name", "Test", "link", "http://localhost/" + key), false);
        return "queued";
    }

    /** Queues many mails for the benchmark, in one transaction per call. */
    @POST
    @Path("outbox/bulk")
    public String queueMany(@FormParam("prefix") String prefix, @FormParam("from") int from, @FormParam("count") int count) {
        for (int i = from; i < from + count; i++) {
            String to = prefix + "-" + i + "@bench.leerkring.nl";
            outbox.queue("bench:" + to, to, "Bench " + i, Locale.forLanguageTag("nl"), "activation",
                    Map.of("name", "Bench " + i, "link", "http://localhost/bench/" + i), false);
        }
        return String.valueOf(count);
    }

    @POST
    @Path("outbox/drain")
    public String drain() {
        return String.valueOf(sender.drain());
    }

    /** Several drains at once, as several app instances sharing the database would run them. */
    @POST
    @Path("outbox/drain-concurrently")
    public String drainConcurrently(@FormParam("drains") int drains) throws InterruptedException, ExecutionException {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < drains; i++) {
            tasks.add(sender::drain);
        }
        int delivered = 0;
        for (Future<Integer> result : executor.invokeAll(tasks)) {
            delivered += result.get();
        }
        return String.valueOf(delivered);
    }

    @GET
    @Path("outbox/status")
    public String status(@QueryParam("key") String key) {
        return outbox.findByKey(key).map(m -> m.getStatus() + " " + m.getAttempts()).orElse("NONE");
    }

    @GET
    @Path("outbox/count")
    public String count(@QueryParam("to") String to, @QueryParam("kind") String kind) {
        if (kind != null) {
            // kind: the start of the idempotency key, e.g. "meeting-invitation" or "cohort-invitation"
            return String.valueOf(em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.recipient = :to"
                    + " AND m.idempotencyKey LIKE :kind", Long.class)
                    .setParameter("to", to).setParameter("kind", kind + ":%").getSingleResult());
        }
        return String.valueOf(em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.recipient = :to", Long.class)
                .setParameter("to", to).getSingleResult());
    }

    @POST
    @Path("outbox/due")
    public String due(@FormParam("key") String key) {
        OutboxMail mail = outbox.findByKey(key).orElseThrow();
        outbox.tryNow(mail.getId());
        return "due";
    }

    @POST
    @Path("people")
    public String invite(@FormParam("email") String email, @FormParam("name") String name,
            @FormParam("role") Role role, @FormParam("language") String language) {
        return String.valueOf(accounts.invite(email, name, EnumSet.of(role), language).getId());
    }

    @POST
    @Path("people/activated")
    public String activated(@FormParam("email") String email, @FormParam("name") String name,
            @FormParam("role") Role role, @FormParam("password") String password) {
        return String.valueOf(accounts.createActivated(email, name, EnumSet.of(role), "nl", password).getId());
    }

    /** Grants or revokes a role, as the coordinator's people page does. */
    @POST
    @Path("people/role")
    public String role(@FormParam("email") String email, @FormParam("role") Role role,
            @FormParam("granted") boolean granted) {
        long id = accounts.findByEmail(email).orElseThrow().getId();
        accounts.setRole(id, role, granted, id);
        return String.valueOf(id);
    }

    @GET
    @Path("people/id")
    public String personId(@QueryParam("email") String email) {
        return String.valueOf(accounts.findByEmail(email).orElseThrow().getId());
    }

    @GET
    @Path("people/exists")
    public String exists(@QueryParam("email") String email) {
        return String.valueOf(accounts.findByEmail(email).isPresent());
    }

    /** The items of a form of one framework version, a line each: axis|kind|key|parent|mirrors|wording. */
    @GET
    @Path("framework/items")
    public String frameworkItems(@QueryParam("form") Form form, @QueryParam("version") int number) {
        FrameworkVersion version = em.createQuery("SELECT v FROM FrameworkVersion v WHERE v.number = :n", FrameworkVersion.class)
                .setParameter("n", number).getSingleResult();
        StringBuilder lines = new StringBuilder();
        for (FrameworkItem item : framework.items(version, form)) {
            lines.append(item.getAxisNumber()).append('|').append(item.getKind()).append('|').append(item.getKey())
                    .append('|').append(item.getParentKey() == null ? "" : item.getParentKey())
                    .append('|').append(item.getMirrorsKey() == null ? "" : item.getMirrorsKey())
                    .append('|').append(item.getWording()).append('\n');
        }
        return lines.toString();
    }

    /** Sends an answer straight to the service, past the page, as a forged request would try. */
    @POST
    @Path("scan/answer")
    public String answerDirectly(@FormParam("email") String email, @FormParam("value") int value) {
        long person = accounts.findByEmail(email).orElseThrow().getId();
        SelfScan scan = scans.start(person, ScanMoment.START);
        long item = scans.statements(scan).get(0).getId();
        try {
            scans.answer(scan.getId(), item, value, person);
            return "saved";
        } catch (BusinessException e) {
            ejbContext.setRollbackOnly();
            return "refused " + e.getMessageKey();
        }
    }

    /** A self-scan the person started, answered in full (every statement 4) and submitted; answers its id. */
    @POST
    @Path("scan/submitted")
    public String submittedScan(@FormParam("email") String email) {
        long person = accounts.findByEmail(email).orElseThrow().getId();
        SelfScan scan = scans.start(person, ScanMoment.START);
        for (FrameworkItem item : scans.statements(scan)) {
            if (item.isScaled()) {
                scans.answer(scan.getId(), item.getId(), 4, person);
            }
        }
        scans.submit(scan.getId(), person);
        return String.valueOf(scan.getId());
    }

    /** Moves the deadline of every feedback request to this rater into the past. */
    @POST
    @Path("feedback/expire")
    public String expireFeedback(@FormParam("rater") String rater) {
        return String.valueOf(em.createQuery("UPDATE FeedbackRequest r SET r.deadline = :past WHERE r.raterEmail = :rater")
                .setParameter("past", java.time.LocalDate.now().minusDays(1))
                .setParameter("rater", rater).executeUpdate());
    }

    /** Makes the last mail to this rater eight days old, so a reminder is due. */
    @POST
    @Path("feedback/age")
    public String ageFeedback(@FormParam("rater") String rater) {
        return String.valueOf(em.createQuery("UPDATE FeedbackRequest r SET r.lastMailAt = :old WHERE r.raterEmail = :rater")
                .setParameter("old", java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusDays(8))
                .setParameter("rater", rater).executeUpdate());
    }

    @POST
    @Path("feedback/reminders")
    public String feedbackReminders() {
        return String.valueOf(raters.queueReminders());
    }

    @Inject
    private nl.leerkring.rhythm.RhythmRound rhythmRound;

    /**
     * One round of the rhythm's reminders (the meeting reminders among them), as the job's timer would
     * run it; answers how many it queued.
     */
    @POST
    @Path("meeting-reminders/run")
    public String rhythmRun() {
        return String.valueOf(rhythmRound.run());
    }

    /** The facilitator takes a participant out of the cohort, as the participants list's button does. */
    @POST
    @Path("cohort/remove")
    public String remove(@FormParam("cohort") long cohortId, @FormParam("facilitator") String facilitator,
            @FormParam("email") String email) {
        cohorts.removeParticipant(cohortId, accounts.findByEmail(email).orElseThrow().getId(),
                accounts.findByEmail(facilitator).orElseThrow().getId());
        return "removed";
    }

    /** The invited person accepts the cohort's invitation, as they would on their home page. */
    @POST
    @Path("cohort/accept")
    public String accept(@FormParam("cohort") long cohortId, @FormParam("email") String email) {
        cohorts.accept(cohortId, accounts.findByEmail(email).orElseThrow().getId());
        return "accepted";
    }

    /** Pairs two participants of a cohort as a duo, past the pairing page; answers the duo's id. */
    @POST
    @Path("learning/duo")
    public String duo(@FormParam("cohort") long cohortId, @FormParam("a") String a, @FormParam("b") String b) {
        nl.leerkring.learning.Duo duo = new nl.leerkring.learning.Duo(em.find(nl.leerkring.cohort.Cohort.class, cohortId),
                accounts.findByEmail(a).orElseThrow(), accounts.findByEmail(b).orElseThrow(), LocalDateTime.now());
        em.persist(duo);
        em.flush();
        return String.valueOf(duo.getId());
    }

    @POST
    @Path("tokens/expire")
    public String expireTokens(@FormParam("email") String email) {
        return String.valueOf(em.createQuery(
                        "UPDATE AccountToken t SET t.expiresAt = :past WHERE t.person.id IN "
                                + "(SELECT p.id FROM Person p WHERE p.email = :email)")
                .setParameter("past", LocalDateTime.now().minusDays(30))
                .setParameter("email", email)
                .executeUpdate());
    }

    /** How many SQL statements the caller's last page request ran (the session cookie says whose). */
    @GET
    @Path("sql/last")
    public String lastSqlCount(@Context HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object count = session == null ? null : session.getAttribute(SqlCountFilter.LAST_COUNT);
        return String.valueOf(count);
    }

    /** The SQL of the statements of the caller's last page request, one a line, in order. */
    @GET
    @Path("sql/last-statements")
    public String lastSqlStatements(@Context HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object statements = session == null ? null : session.getAttribute(SqlCountFilter.LAST_STATEMENTS);
        return statements instanceof java.util.List<?> list
                ? String.join("\n", list.stream().map(String::valueOf).toList()) : "";
    }
}
