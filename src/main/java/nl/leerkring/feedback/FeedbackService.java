package nl.leerkring.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.instrument.ItemKind;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.platform.Role;
import nl.leerkring.scan.AxisScores;
import nl.leerkring.scan.ScanMoment;
import nl.leerkring.scan.ScanService;
import nl.leerkring.scan.SelfScan;

/**
 * Feedback requests from the participant's side: asking, resending, withdrawing, sharing, and the
 * participant's combined result. The rater's side (the link, the form, reminders) is
 * {@link RaterService}'s. The result is the participant's; a cohort's facilitator sees it
 * only when the participant shares it with that cohort.
 */
@Stateless
public class FeedbackService {

    /** The participant's picture: own scan, the roles' layers, the gaps and the comments. */
    public record Overview(Map<Integer, Double> self, FeedbackScores.Result result, List<FeedbackScores.Gap> gaps) {
    }

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private AccountService accounts;
    @Inject
    private FrameworkService framework;
    @Inject
    private ScanService scans;
    @Inject
    private CohortService cohorts;
    @Inject
    private RaterService raters;
    @Inject
    private AccessLog accessLog;

    // ------------------------------------------------------------------ the participant

    public FeedbackRequest ask(long participantId, RaterRole role, String name, String email, String language,
            LocalDate deadline, String message, boolean anonymous, ScanMoment moment) {
        Person participant = accounts.getPerson(participantId);
        FeedbackRequest request = new FeedbackRequest(participant, role, name, email, language, message, deadline,
                anonymous, moment, framework.current(), now());
        if (request.getRaterEmail().equals(participant.getEmail())) {
            throw new BusinessException("feedback.notYourself");
        }
        em.persist(request);
        em.flush();
        raters.mailLink(request, "feedback-request", "feedback-request:" + request.getId() + ":" + now());
        return request;
    }

    public List<FeedbackRequest> listOwn(long participantId) {
        return em.createNamedQuery(FeedbackRequest.LIST_FOR_PARTICIPANT, FeedbackRequest.class)
                .setParameter("person", participantId).getResultList();
    }

    public void resend(long requestId, long participantId) {
        FeedbackRequest request = own(requestId, participantId);
        LocalDate deadline = today().plusWeeks(1);
        request.resend(deadline, now());
        raters.mailLink(request, "feedback-request", "feedback-request:" + request.getId() + ":" + now());
    }

    public void withdraw(long requestId, long participantId) {
        own(requestId, participantId).withdraw();
    }

    /** The cohorts (ids) the participant shares their feedback result with. */
    public Set<Long> sharedWith(long participantId) {
        return new HashSet<>(em.createNamedQuery(FeedbackShare.COHORTS_OF_PERSON, Long.class)
                .setParameter("person", participantId).getResultList());
    }

    /** The participant shares their result with one cohort they are an accepted member of, or stops. */
    public void share(long participantId, long cohortId, boolean shared) {
        Cohort cohort = cohorts.getAsMember(cohortId, participantId);
        Optional<FeedbackShare> existing = findShare(participantId, cohortId);
        if (shared && existing.isEmpty()) {
            em.persist(new FeedbackShare(accounts.getPerson(participantId), cohort, now()));
        } else if (!shared && existing.isPresent()) {
            em.remove(existing.get());
        }
    }

    private Optional<FeedbackShare> findShare(long participantId, long cohortId) {
        return em.createNamedQuery(FeedbackShare.FIND, FeedbackShare.class)
                .setParameter("person", participantId).setParameter("cohort", cohortId)
                .getResultStream().findFirst();
    }

    /**
     * The participant's own overview for one round (start or end of the track): the feedback of
     * that round beside the newest self-scan of the same moment (or, lacking one, the newest).
     */
    public Overview overview(long participantId, ScanMoment moment) {
        return overview(participantId, scans.submittedVisibleTo(participantId, participantId), moment);
    }

    private Overview overview(long participantId, List<SelfScan> submittedScans, ScanMoment moment) {
        Map<Integer, Double> self = submittedScans.stream().filter(s -> s.getMoment() == moment).findFirst()
                .or(() -> submittedScans.stream().findFirst())
                .map(scan -> scans.result(scan).means()).orElse(Map.of());
        FeedbackScores.Result result = FeedbackScores.combine(submissions(participantId, moment));
        return new Overview(self, result, FeedbackScores.gaps(self, result.layers()));
    }

    /**
     * The overview for a facilitator of one cohort: only when the participant is an accepted member
     * of it and shared their result with it. The self-scan layer uses only scans shown to the
     * facilitator. Anything else is answered as if it did not exist.
     */
    public Overview overviewForFacilitator(long participantId, long cohortId, long facilitatorId, ScanMoment moment) {
        if (!cohorts.cohortsFacilitatedWithMember(facilitatorId, participantId).contains(cohortId)
                || findShare(participantId, cohortId).isEmpty()) {
            throw new NotFoundException();
        }
        accessLog.record(facilitatorId, Role.FACILITATOR, participantId, AccessKind.FEEDBACK_RESULT, null);
        return overview(participantId, scans.submittedVisibleTo(participantId, facilitatorId), moment);
    }

    /** Who of these members share their feedback result with this checked cohort. */
    public Set<Long> sharedAmong(CheckedCohort cohort, List<Long> personIds) {
        long cohortId = cohort.withPeople().id();
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery(FeedbackShare.PEOPLE_IN_COHORT, Long.class)
                .setParameter("cohort", cohortId).setParameter("people", personIds).getResultList());
    }

    /** How many feedback forms each of these members of a checked cohort received, for the progress grid. */
    public Map<Long, Long> receivedCounts(CheckedCohort cohort, List<Long> personIds) {
        cohort.withPeople();
        Map<Long, Long> counts = new HashMap<>();
        if (!personIds.isEmpty()) {
            for (Object[] row : em.createNamedQuery(FeedbackRequest.COUNT_SUBMITTED_FOR_PEOPLE, Object[].class)
                    .setParameter("people", personIds).getResultList()) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    private List<FeedbackScores.Submission> submissions(long participantId, ScanMoment moment) {
        List<FeedbackRequest> submitted = em.createNamedQuery(FeedbackRequest.SUBMITTED_FOR_PARTICIPANT,
                FeedbackRequest.class).setParameter("person", participantId).setParameter("moment", moment).getResultList();
        if (submitted.isEmpty()) {
            return List.of();
        }
        Map<Long, List<FeedbackAnswer>> answers = new HashMap<>();
        em.createNamedQuery(FeedbackAnswer.LIST_FOR_REQUESTS, FeedbackAnswer.class)
                .setParameter("requests", submitted.stream().map(FeedbackRequest::getId).toList())
                .getResultList()
                .forEach(a -> answers.computeIfAbsent(a.getRequest().getId(), k -> new ArrayList<>()).add(a));
        List<FeedbackScores.Submission> list = new ArrayList<>();
        for (FeedbackRequest request : submitted) {
            List<FeedbackAnswer> given = answers.getOrDefault(request.getId(), List.of());
            Map<String, Integer> scores = new HashMap<>();
            Map<Integer, String> feedForward = new HashMap<>();
            List<FrameworkItem> items = new ArrayList<>();
            for (FeedbackAnswer answer : given) {
                items.add(answer.getItem());
                if (answer.getAnswer() != null) {
                    scores.put(answer.getItem().getKey(), answer.getAnswer());
                }
                if (answer.getItem().getKind() == ItemKind.OPEN_QUESTION && answer.getText() != null) {
                    feedForward.put(answer.getItem().getAxisNumber(), answer.getText());
                }
            }
            list.add(new FeedbackScores.Submission(request.getRaterRole(), request.isAnonymous(), request.getRaterName(),
                    AxisScores.means(items, scores), feedForward));
        }
        return list;
    }

    private FeedbackRequest own(long requestId, long participantId) {
        FeedbackRequest request = em.find(FeedbackRequest.class, requestId);
        if (request == null || !request.getParticipant().getId().equals(participantId)) {
            throw new NotFoundException();
        }
        return request;
    }

    // ------------------------------------------------------------------ counts

    /** Which of these members of a checked cohort asked any rater for feedback, in one query (for the self-scan nudge). */
    public Set<Long> askedAnyRaterAmong(CheckedCohort cohort, List<Long> personIds) {
        cohort.withPeople();
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "SELECT DISTINCT r.participant.id FROM FeedbackRequest r WHERE r.participant.id IN :people", Long.class)
                .setParameter("people", personIds).getResultList());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private LocalDate today() {
        return now().toLocalDate();
    }
}
