package nl.leerkring.progress;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.TimelineStep;
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
    @Inject
    private MeetingService meetingService;

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

    /** The next meeting that has not begun of each cohort, soonest first (for its materials on the home page). */
    public List<Meeting> getMeetingsToCome() {
        LocalDateTime now = meetingService.localNow();
        return cohorts.stream()
                .flatMap(c -> c.timeline().stream().map(TimelineStep::meeting).filter(m -> !m.hasStarted(now))
                        .min(Comparator.comparing(Meeting::getStartsAt)).stream())
                .sorted(Comparator.comparing(Meeting::getStartsAt)).toList();
    }
}
