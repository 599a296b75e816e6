package nl.leerkring.learning;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.platform.NotFoundException;

/**
 * learning/conversation.xhtml: the two partners of a duo record a collegial feedback
 * conversation step by step along the seed-000 guide, and find their earlier ones.
 */
@Named
@RequestScoped
public class ConversationBacking {

    @Inject
    private ConversationService conversations;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    private Clock clock;
    @Inject
    @Param(name = "duo")
    private Long duoId;
    @Inject
    @Param(name = "id")
    private Long id;

    private Duo duo;
    private List<CollegialConversation> earlier;
    private Long interviewerId;
    private LocalDate heldOn;
    private final Map<ConversationGuide.Step, String> notes = new EnumMap<>(ConversationGuide.Step.class);

    public void load() {
        if (duo != null) {
            return;
        }
        if (duoId == null) {
            throw new NotFoundException();
        }
        duo = conversations.getDuoAsPartner(duoId, me());
        earlier = conversations.list(duoId, me());
        if (id != null) {
            CollegialConversation conversation = conversations.get(id, duoId, me());
            if (Faces.isPostback()) {
                return; // the form's values are the ones the partner just sent
            }
            fill(conversation);
        }
    }

    private void fill(CollegialConversation conversation) {
        interviewerId = conversation.getInterviewer().getId();
        heldOn = conversation.getHeldOn();
        for (ConversationGuide.Step step : ConversationGuide.Step.values()) {
            notes.put(step, conversation.notesOf(step));
        }
    }

    public void save() throws IOException {
        load();
        CollegialConversation saved = conversations.save(id, duoId, getInterviewerId(), heldOn, new CollegialConversation.Notes(
                notes.get(ConversationGuide.Step.CHECK_IN), notes.get(ConversationGuide.Step.OPENING),
                notes.get(ConversationGuide.Step.FOLLOW_UP), notes.get(ConversationGuide.Step.DEEPENING),
                notes.get(ConversationGuide.Step.CHECK), notes.get(ConversationGuide.Step.CLOSING_INSIGHTS),
                notes.get(ConversationGuide.Step.ACTIONS)), me());
        Messages.addFlashGlobalInfo("learning.conversation.saved");
        Faces.redirect("learning/conversation.xhtml?duo=%s&id=%s", String.valueOf(duoId), String.valueOf(saved.getId()));
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public Duo getDuo() {
        load();
        return duo;
    }

    public List<CollegialConversation> getEarlier() {
        load();
        return earlier;
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public ConversationGuide.Step[] getSteps() {
        return ConversationGuide.Step.values();
    }

    public Map<ConversationGuide.Step, String> getNotes() {
        return notes;
    }

    /** The one who writes is A, the interviewer, unless they choose otherwise. */
    public Long getInterviewerId() {
        return interviewerId == null ? Long.valueOf(me()) : interviewerId;
    }

    public void setInterviewerId(Long interviewerId) {
        this.interviewerId = interviewerId;
    }

    /** Today unless chosen otherwise. */
    public LocalDate getHeldOn() {
        return heldOn == null ? LocalDate.now(clock) : heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }
}
