package nl.leerkring.testsupport.server;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.leerkring.account.AccountService;
import nl.leerkring.cohort.AttendanceStatus;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.learning.PracticePlanService;
import nl.leerkring.learning.Reflection;
import nl.leerkring.learning.ReflectionService;
import nl.leerkring.learning.ReflectionVisibility;
import nl.leerkring.rhythm.RhythmRound;

/** Lets the rhythm ITs move the clock to a wall-clock moment, run rounds of the job and arrange a cohort's loop. */
@Path("rhythm")
@Stateless
@Produces(MediaType.TEXT_PLAIN)
public class RhythmSupportResource {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private RhythmRound round;
    @Inject
    private nl.leerkring.notice.DigestRound digests;
    @Inject
    private AccountService accounts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private PracticePlanService plans;
    @Inject
    private ReflectionService reflections;
    @Resource
    private ManagedExecutorService executor;

    /** One round of the rhythm job; answers how many mails it queued. */
    @POST
    @Path("round")
    public String round() {
        return String.valueOf(round.run());
    }

    /** Several rounds at once, as several app instances would run them; answers how many mails they queued. */
    @POST
    @Path("rounds-concurrently")
    public String roundsConcurrently(@FormParam("rounds") int rounds) throws InterruptedException, ExecutionException {
        List<Callable<Integer>> tasks = new ArrayList<>(Collections.nCopies(rounds, round::run));
        int queued = 0;
        for (Future<Integer> result : executor.invokeAll(tasks)) {
            queued += result.get();
        }
        return String.valueOf(queued);
    }

    /**
     * One day of a walk in one request: the clock to this wall-clock moment, a round of the rhythm and one
     * of the digest, as the job's timer runs them; answers how many mails each of these addresses
     * (comma-separated) has in the outbox now, comma-separated in the same order.
     */
    @POST
    @Path("day")
    public String day(@FormParam("local") String local, @FormParam("emails") String emails) {
        clockTo(local);
        round.run();
        digests.run();
        StringBuilder counts = new StringBuilder();
        for (String email : emails.split(",")) {
            counts.append(counts.length() == 0 ? "" : ",").append(em.createQuery(
                    "SELECT COUNT(m) FROM OutboxMail m WHERE m.recipient = :to", Long.class).setParameter("to", email)
                    .getSingleResult());
        }
        return counts.toString();
    }

    /** Moves the application's clock to a wall-clock moment in Europe/Amsterdam ("2026-03-30T15:00"). */
    @POST
    @Path("clock/to")
    public String clockTo(@FormParam("local") String local) {
        TestClock.moveBy(Duration.between(clock.instant(),
                LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()));
        return "moved";
    }

    @POST
    @Path("clock/reset")
    public String clockReset() {
        TestClock.reset();
        return "reset";
    }

    /** The cohort's meetings, a line each: id|number|starts at (wall clock). */
    @GET
    @Path("meetings")
    public String meetings(@QueryParam("cohort") long cohortId) {
        StringBuilder lines = new StringBuilder();
        for (Meeting meeting : em.createNamedQuery(Meeting.LIST_FOR_COHORT, Meeting.class).setParameter("cohort", cohortId)
                .getResultList()) {
            lines.append(meeting.getId()).append('|').append(meeting.getNumber()).append('|').append(meeting.getStartsAt())
                    .append('\n');
        }
        return lines.toString();
    }

    @POST
    @Path("attendance")
    public String attendance(@FormParam("meeting") long meetingId, @FormParam("facilitator") String facilitator,
            @FormParam("email") String email, @FormParam("status") AttendanceStatus status) {
        meetingService.recordAttendance(meetingId, List.of(new MeetingService.AttendanceEntry(id(email), status, null)), id(facilitator));
        return "recorded";
    }

    @POST
    @Path("plan")
    public String plan(@FormParam("meeting") long meetingId, @FormParam("email") String email,
            @FormParam("question") String question) {
        plans.save(meetingId, question, "Ik probeer het in de les van dinsdag.", 30, id(email));
        return "saved";
    }

    @POST
    @Path("report")
    public String report(@FormParam("meeting") long meetingId, @FormParam("email") String email) {
        plans.report(meetingId, "Goed", "De student dacht mee", "Vaker doorvragen", id(email));
        return "reported";
    }

    @POST
    @Path("reflect")
    public String reflect(@FormParam("meeting") long meetingId, @FormParam("email") String email) {
        List<String> answers = Reflection.QUESTIONS.stream().map(q -> "Antwoord").toList();
        reflections.submit(meetingId, answers, ReflectionVisibility.PRIVATE, id(email));
        return "submitted";
    }

    private long id(String email) {
        return accounts.findByEmail(email).orElseThrow().getId();
    }
}
