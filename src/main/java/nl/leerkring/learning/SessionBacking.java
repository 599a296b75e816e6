package nl.leerkring.learning;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;

/**
 * learning/session.xhtml: the facilitator's live board of a nominal-group session. Every action
 * redirects back to the board; a poll keeps the counts current and reloads the page when the
 * stage was moved on elsewhere (by the co-facilitator).
 */
@Named
@RequestScoped
public class SessionBacking {

    @Inject
    private GroupQuestionService service;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "id")
    private Long id;

    private GroupSession session;
    private GroupQuestionService.Progress progress;
    private List<GroupQuestionService.IdeaView> ideas;
    private GroupQuestionService.Outcome outcome;

    private String shownStage;
    private Long mergeIdea;
    private Long mergeInto;
    private Long rewordIdea;
    private String rewordText;
    private String question;
    private Long axisId;

    /** Loads the session, or answers 404 when it does not exist or is not the caller's to run. */
    public void load() {
        if (session != null) {
            return;
        }
        if (id == null) {
            throw new NotFoundException();
        }
        session = service.getToRun(id, me());
    }

    public void next() throws IOException {
        service.advance(id, me());
        Faces.refreshWithQueryString();
    }

    public void merge() throws IOException {
        if (mergeIdea == null || mergeInto == null) {
            throw new NotFoundException();
        }
        service.merge(mergeIdea, mergeInto, me());
        Messages.addFlashGlobalInfo("learning.session.merged");
        Faces.refreshWithQueryString();
    }

    public void reword() throws IOException {
        if (rewordIdea == null) {
            throw new NotFoundException();
        }
        service.reword(rewordIdea, rewordText, me());
        Messages.addFlashGlobalInfo("learning.session.reworded");
        Faces.refreshWithQueryString();
    }

    public void record() throws IOException {
        if (axisId == null) {
            throw new BusinessException("learning.group.areaRequired");
        }
        service.record(id, question, axisId, me());
        Messages.addFlashGlobalInfo("learning.session.recorded");
        Faces.refreshWithQueryString();
    }

    /** The poll: reloads the whole page when the stage is no longer the one it shows. */
    public void poll() throws IOException {
        load();
        if (shownStage != null && !shownStage.equals(session.getStage().name())) {
            Faces.refreshWithQueryString();
        }
    }

    private long me() {
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

    public List<FrameworkAxis> getAreas() {
        return service.areas();
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

    public Long getMergeIdea() {
        return mergeIdea;
    }

    public void setMergeIdea(Long mergeIdea) {
        this.mergeIdea = mergeIdea;
    }

    public Long getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(Long mergeInto) {
        this.mergeInto = mergeInto;
    }

    public Long getRewordIdea() {
        return rewordIdea;
    }

    public void setRewordIdea(Long rewordIdea) {
        this.rewordIdea = rewordIdea;
    }

    public String getRewordText() {
        return rewordText;
    }

    public void setRewordText(String rewordText) {
        this.rewordText = rewordText;
    }

    /** The question to record, proposed from the idea that came out on top. */
    public String getQuestion() {
        if (question == null && getSession().getStage() == SessionStage.RESULT && !getOutcome().ranking().isEmpty()) {
            question = getOutcome().ranking().get(0).text();
        }
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public Long getAxisId() {
        return axisId;
    }

    public void setAxisId(Long axisId) {
        this.axisId = axisId;
    }
}
