package nl.leerkring.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.platform.LocaleSelection;
import nl.leerkring.platform.NotFoundException;

/**
 * learning/summary.xhtml?meeting=: a facilitator of the meeting's cohort edits the drafted
 * summary and sends it to the participants. Anybody else gets 404.
 */
@Named
@RequestScoped
public class SummaryBacking {

    @Inject
    private MeetingSummaryService summaries;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    private LocaleSelection localeSelection;
    @Inject
    @Param(name = "meeting")
    private Long meetingId;

    private MeetingSummaryService.Draft draft;
    private String text;

    public void load() {
        if (draft != null) {
            return;
        }
        if (meetingId == null) {
            throw new NotFoundException();
        }
        draft = summaries.draft(meetingId, me(), localeSelection.getLocale());
        if (!Faces.isPostback()) {
            text = draft.text();
        }
    }

    public void save() {
        load();
        summaries.save(meetingId, text, me());
        Messages.addGlobalInfo("summary.saved");
        draft = null;
    }

    public void send() {
        load();
        int queued = summaries.send(meetingId, text, me());
        Messages.addGlobalInfo("summary.sentTo", queued);
        draft = null;
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public Meeting getMeeting() {
        load();
        return draft.meeting();
    }

    public MeetingSummaryService.Draft getDraft() {
        load();
        return draft;
    }

    public String getMeetingName() {
        return MeetingSummaryService.meetingName(getMeeting(), localeSelection.getLocale());
    }

    public String getNextMeeting() {
        load();
        return MeetingSummaryService.nextMeeting(draft.next(), localeSelection.getLocale());
    }

    public java.time.LocalDateTime getSentAt() {
        load();
        return draft.saved() == null ? null : summaries.sentLocal(draft.saved());
    }

    /** The first sending, in the reader's language. */
    public String getSentOn() {
        java.time.LocalDateTime sent = getSentAt();
        return sent == null ? null : MeetingSummaryService.formatted(sent, localeSelection.getLocale());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
