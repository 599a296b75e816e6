package nl.leerkring.learning.session;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * learning/take-part.xhtml: a participant in a nominal-group session, on their own device: their
 * own ideas while generating, the anonymous list, their ranking, the result. A poll reloads the
 * page when the facilitator moves the session on.
 */
@Named
@RequestScoped
public class TakePartBacking extends LiveSessionPage {

    @Override
    protected GroupSession find(long sessionId, long personId) {
        return service.getToTakePart(sessionId, personId);
    }

    private List<GroupIdea> ownIdeas;
    private final Map<Long, String> ownTexts = new HashMap<>();

    private String text;
    private Long first;
    private Long second;
    private Long third;
    private boolean ballotLoaded;
    private boolean choicesSubmitted;
    private boolean voted;

    public void addIdea() throws IOException {
        service.addIdea(id, text, me());
        Messages.addFlashGlobalInfo("learning.takePart.ideaAdded");
        Faces.refreshWithQueryString();
    }

    public void saveIdea(long ideaId) throws IOException {
        service.editIdea(ideaId, ownTexts.get(ideaId), me());
        Messages.addFlashGlobalInfo("learning.takePart.ideaSaved");
        Faces.refreshWithQueryString();
    }

    public void deleteIdea(long ideaId) throws IOException {
        service.deleteIdea(ideaId, me());
        Messages.addFlashGlobalInfo("learning.takePart.ideaDeleted");
        Faces.refreshWithQueryString();
    }

    public void vote() throws IOException {
        service.vote(id, Arrays.asList(first, second, third), me());
        Messages.addFlashGlobalInfo("learning.takePart.voted");
        Faces.refreshWithQueryString();
    }

    public List<GroupIdea> getOwnIdeas() {
        load();
        if (ownIdeas == null) {
            ownIdeas = service.ownIdeas(session, me());
            ownIdeas.forEach(i -> ownTexts.putIfAbsent(i.getId(), i.getText()));
        }
        return ownIdeas;
    }

    /** The text per own idea as edited on the page. */
    public Map<Long, String> getOwnTexts() {
        getOwnIdeas();
        return ownTexts;
    }

    /** Whether the participant has a ballot in; the form then shows it so it can be changed. */
    public boolean isVoted() {
        loadBallot();
        return voted;
    }

    private void loadBallot() {
        if (ballotLoaded) {
            return;
        }
        ballotLoaded = true;
        List<Long> ballot = service.ballotOf(getSession(), me());
        voted = ballot.stream().anyMatch(Objects::nonNull);
        if (!choicesSubmitted) {
            first = ballot.get(0);
            second = ballot.get(1);
            third = ballot.get(2);
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getFirst() {
        loadBallot();
        return first;
    }

    public void setFirst(Long first) {
        choicesSubmitted = true;
        this.first = first;
    }

    public Long getSecond() {
        loadBallot();
        return second;
    }

    public void setSecond(Long second) {
        choicesSubmitted = true;
        this.second = second;
    }

    public Long getThird() {
        loadBallot();
        return third;
    }

    public void setThird(Long third) {
        choicesSubmitted = true;
        this.third = third;
    }

    public int getMaxChoices() {
        return VoteCount.MAX_CHOICES;
    }
}
