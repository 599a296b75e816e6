package nl.leerkring.learning.session;

import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.account.CurrentPerson;

/**
 * The shared-question part of cohort/mine.xhtml: per cohort the session the participant can join
 * now, and the shared question their group recorded.
 */
@Named
@RequestScoped
public class MySharedQuestionsBacking {

    @Inject
    private GroupQuestionService service;
    @Inject
    private CurrentPerson currentPerson;

    private Map<Long, GroupSession> open;
    private Map<Long, GroupSession> recorded;

    @PostConstruct
    void load() {
        long me = currentPerson.id().orElseThrow();
        open = service.openSessionsFor(me);
        recorded = service.sharedQuestionsFor(me);
    }

    /** The open session of the cohort the participant can take part in, or null. */
    public GroupSession open(long cohortId) {
        return open.get(cohortId);
    }

    /** The recorded shared question of the participant's group in the cohort, or null. */
    public GroupSession recorded(long cohortId) {
        return recorded.get(cohortId);
    }
}
