package nl.leerkring.learning;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.account.AccountService;
import nl.leerkring.cohort.CheckedCohort;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.platform.BusinessException;

/**
 * The participant's own learning question (phase 1): written before the start meeting from the
 * self-scan, revised when the cycle turns; every version is kept and carries over to later cohorts.
 */
@Stateless
public class LearningQuestionService {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private CohortService cohorts;
    @Inject
    private AccountService accounts;
    @Inject
    private FrameworkService framework;

    /** Writes (or revises) the participant's question in a cohort they take part in. */
    public LearningQuestion ask(long cohortId, long axisId, String question, long actorId) {
        Cohort cohort = cohorts.getAsMember(cohortId, actorId);
        FrameworkAxis axis = areas().stream().filter(a -> a.getId() == axisId).findFirst()
                .orElseThrow(() -> new BusinessException("learning.question.areaRequired"));
        Optional<LearningQuestion> current = current(cohortId, actorId);
        if (current.isPresent() && current.get().getAxis().getId() == axisId
                && current.get().getQuestion().equals(question == null ? null : question.strip())) {
            return current.get();
        }
        LearningQuestion asked = new LearningQuestion(cohort, accounts.getPerson(actorId), axis, question,
                LocalDateTime.now(clock));
        em.persist(asked);
        return asked;
    }

    /** The competence areas a question can be tied to: the axes of the published framework. */
    public List<FrameworkAxis> areas() {
        return framework.currentAxes();
    }

    /** All of a person's questions, newest first, over all their cohorts. */
    public List<LearningQuestion> history(long personId) {
        return em.createNamedQuery(LearningQuestion.HISTORY_OF_PERSON, LearningQuestion.class)
                .setParameter("person", personId).getResultList();
    }

    public Optional<LearningQuestion> current(long cohortId, long personId) {
        return history(personId).stream().filter(q -> q.getCohort().getId() == cohortId).findFirst();
    }

    /** The newest question of every participant of a cohort, for its facilitators. */
    public List<LearningQuestion> currentForCohort(long cohortId, long viewerId) {
        return currentForCohort(cohorts.checkToManage(cohortId, viewerId));
    }

    /** The same for a cohort whose access was checked by the caller, with its people (the progress grid). */
    public List<LearningQuestion> currentForCohort(CheckedCohort cohort) {
        return em.createNamedQuery(LearningQuestion.CURRENT_FOR_COHORT, LearningQuestion.class)
                .setParameter("cohort", cohort.withPeople().id()).getResultList();
    }
}
