package nl.leerkring.learning.session;

import java.io.IOException;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

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
public class SessionBacking extends LiveSessionPage {

    @Override
    protected GroupSession find(long sessionId, long personId) {
        return service.getToRun(sessionId, personId);
    }

    private Long mergeIdea;
    private Long mergeInto;
    private Long rewordIdea;
    private String rewordText;
    private String question;
    private Long axisId;

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

    public List<FrameworkAxis> getAreas() {
        return service.areas();
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
