package nl.leerkring.progress;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.learning.MeetingSummary;
import nl.leerkring.learning.MeetingSummaryService;
import nl.leerkring.platform.LocaleSelection;

/**
 * cohort/mine.xhtml: a participant's view of their cohorts: the timeline, the next meeting and
 * what to prepare, the current homework and their open steps. Earlier cohorts of the learning
 * community stay listed.
 */
@Named
@RequestScoped
public class MyCohortBacking {

    @Inject
    private ProgressService progress;
    @Inject
    private MeetingSummaryService summaryService;
    @Inject
    private LocaleSelection localeSelection;
    @Inject
    private CurrentPerson currentPerson;

    private List<MyCohort> cohorts;

    @PostConstruct
    void load() {
        cohorts = progress.myCohorts(currentPerson.id().orElseThrow());
    }

    /** A sent summary's meeting, in the reader's language. */
    public String meetingName(MeetingSummary summary) {
        return MeetingSummaryService.meetingName(summary.getMeeting(), localeSelection.getLocale());
    }

    /** When a summary was first sent, on the meetings' wall clock, in the reader's language. */
    public String sentOn(MeetingSummary summary) {
        return MeetingSummaryService.formatted(summaryService.sentLocal(summary), localeSelection.getLocale());
    }

    public List<MyCohort> getCohorts() {
        return cohorts;
    }
}
