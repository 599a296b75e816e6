package nl.leerkring.learning;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.platform.NotFoundException;

/** learning/reflect.xhtml: a participant writes (or changes) their reflection on a meeting that has started. */
@Named
@RequestScoped
public class WriteReflectionBacking {

    @Inject
    private ReflectionService reflections;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "meeting")
    private Long meetingId;

    private ReflectionService.Writing writing;
    private String answer1;
    private String answer2;
    private String answer3;
    private String answer4;
    private ReflectionVisibility visibility;

    public void load() {
        if (writing != null) {
            return;
        }
        if (meetingId == null) {
            throw new NotFoundException();
        }
        writing = reflections.forMeeting(meetingId, me());
        if (Faces.isPostback()) {
            return; // the form's values are the ones the participant just sent
        }
        writing.reflection().ifPresent(r -> {
            answer1 = r.answer(1);
            answer2 = r.answer(2);
            answer3 = r.answer(3);
            answer4 = r.answer(4);
            visibility = r.getVisibility();
        });
    }

    public void saveDraft() {
        load();
        Reflection saved = reflections.saveDraft(meetingId, answers(), visibility, me());
        Messages.addGlobalInfo(saved.isSubmitted() ? "learning.reflect.changed" : "learning.reflect.draftSaved");
        writing = null;
    }

    public void submit() {
        load();
        boolean wasSubmitted = isSubmitted();
        reflections.submit(meetingId, answers(), visibility, me());
        Messages.addGlobalInfo(wasSubmitted ? "learning.reflect.changed" : "learning.reflect.submitted");
        writing = null;
    }

    private List<String> answers() {
        return Arrays.asList(answer1, answer2, answer3, answer4);
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public Meeting getMeeting() {
        load();
        return writing.meeting();
    }

    public boolean isSubmitted() {
        load();
        return writing.reflection().map(Reflection::isSubmitted).orElse(false);
    }

    /** The four questions of the seed, in Dutch whatever the interface language. */
    public List<String> getQuestions() {
        return Reflection.QUESTIONS;
    }

    public int getAnswerMax() {
        return Reflection.ANSWER_MAX;
    }

    public ReflectionVisibility[] getVisibilities() {
        return ReflectionVisibility.values();
    }

    public String getAnswer1() {
        return answer1;
    }

    public void setAnswer1(String answer1) {
        this.answer1 = answer1;
    }

    public String getAnswer2() {
        return answer2;
    }

    public void setAnswer2(String answer2) {
        this.answer2 = answer2;
    }

    public String getAnswer3() {
        return answer3;
    }

    public void setAnswer3(String answer3) {
        this.answer3 = answer3;
    }

    public String getAnswer4() {
        return answer4;
    }

    public void setAnswer4(String answer4) {
        this.answer4 = answer4;
    }

    /** Private until the participant chooses otherwise. */
    public ReflectionVisibility getVisibility() {
        return visibility == null ? ReflectionVisibility.PRIVATE : visibility;
    }

    public void setVisibility(ReflectionVisibility visibility) {
        this.visibility = visibility;
    }
}
