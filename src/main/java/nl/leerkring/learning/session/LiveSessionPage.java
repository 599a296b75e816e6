package nl.leerkring.learning.session;

import java.io.IOException;
import java.util.List;

import jakarta.inject.Inject;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.platform.NotFoundException;

/**
 * What the facilitator's board and the participant's page of a nominal-group session share: the
 * session by its id, the counts, ideas and outcome read once per request, and the poll that reloads
 * the page when the stage moved on elsewhere. Every instance reads the state from the database, so
 * it does not matter which app instance answers a poll.
 */
public abstract class LiveSessionPage {

    @Inject
    protected GroupQuestionService service;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "id")
    protected Long id;

    protected GroupSession session;
    private GroupQuestionService.Progress progress;
    private List<GroupQuestionService.IdeaView> ideas;
    private GroupQuestionService.Outcome outcome;
    private String shownStage;

    /** The session if the caller may open this page on it; a NotFoundException otherwise. */
    protected abstract GroupSession find(long sessionId, long personId);

    /** Loads the session, or answers 404 when it does not exist or the caller may not open this page on it. */
    public void load() {
        if (session != null) {
            return;
        }
        if (id == null) {
            throw new NotFoundException();
        }
        session = find(id, me());
    }

    /** The poll: reloads the whole page when the stage is no longer the one it shows. */
    public void poll() throws IOException {
        load();
        if (shownStage != null && !shownStage.equals(session.getStage().name())) {
            Faces.refreshWithQueryString();
        }
    }

    protected long me() {
        return currentPerson.id().orElseThrow();
    }

    public GroupSession getSession() {
        load();
        return session;
    }

    public boolean isLive() {
        return getSession().isOpen();
    }

    public GroupQuestionService.Progress getProgress() {
        load();
        if (progress == null) {
            progress = service.progress(session);
        }
        return progress;
    }

    public List<GroupQuestionService.IdeaView> getIdeas() {
        load();
        if (ideas == null) {
            ideas = service.revealedIdeas(session);
        }
        return ideas;
    }

    public GroupQuestionService.Outcome getOutcome() {
        load();
        if (outcome == null) {
            outcome = service.outcome(session);
        }
        return outcome;
    }

    public Long getId() {
        return id;
    }

    public String getShownStage() {
        return getSession().getStage().name();
    }

    public void setShownStage(String shownStage) {
        this.shownStage = shownStage;
    }
}
