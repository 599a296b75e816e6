package nl.leerkring.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.feedback.FeedbackRequest;
import nl.leerkring.feedback.FeedbackService;
import nl.leerkring.feedback.RequestStatus;
import nl.leerkring.learning.MeetingSummaryService;
import nl.leerkring.mail.MailStatus;
import nl.leerkring.mail.Outbox;
import nl.leerkring.scan.ScanService;

/**
 * dashboard.xhtml: each role's home page as an overview: what is next, what needs me, and the
 * latest activity. Every list here comes from a fixed number of queries, however many cohorts,
 * meetings or requests there are.
 */
@Named
@RequestScoped
public class DashboardBacking {

    /** One of the facilitator's cohorts on the home page: its next meeting and its open invitations. */
    public record CohortLine(Cohort cohort, Meeting next, long participants, long invited) {
    }

    @Inject
    private Outbox outbox;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private MeetingSummaryService summaries;
    @Inject
    private ScanService scans;
    @Inject
    private FeedbackService feedback;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    private Clock clock;

    private List<Cohort> facilitated;
    private Map<Long, List<Meeting>> facilitatedMeetings;
    private CohortService.Tally tally;
    private List<MeetingSummaryService.Warning> summaryWarnings;
    private List<CohortLine> cohortLines;
    private Map<MailStatus, Long> mailCounts;
    private List<FeedbackRequest> requests;
    private Boolean scanSubmitted;

    /** For the coordinator: mails the outbox gave up on. */
    public long getFailedMails() {
        return mailCounts().get(MailStatus.FAILED);
    }

    /** For the coordinator: mails waiting in the outbox or being retried. */
    public long getPendingMails() {
        return mailCounts().getOrDefault(MailStatus.PENDING, 0L);
    }

    private Map<MailStatus, Long> mailCounts() {
        if (mailCounts == null) {
            mailCounts = outbox.countByStatus();
        }
        return mailCounts;
    }

    /** For the coordinator: how many cohorts have a meeting still to come (two counts, not the cohorts). */
    public long getCohortsRunning() {
        return tally().running();
    }

    /** For the coordinator: how many cohorts there are. */
    public long getCohortCount() {
        return tally().all();
    }

    private CohortService.Tally tally() {
        if (tally == null) {
            tally = cohorts.tally(me(), meetingService.localNow());
        }
        return tally;
    }

    /**
     * For a facilitator: the summaries of held meetings of their own cohorts that are due or
     * overdue, in a fixed number of queries however many cohorts and meetings.
     */
    public List<MeetingSummaryService.Warning> getSummaryWarnings() {
        if (summaryWarnings == null) {
            summaryWarnings = summaries.warnings(facilitated(), facilitatedMeetings());
        }
        return summaryWarnings;
    }

    /**
     * For a facilitator: the cohorts they facilitate or co-facilitate (a coordinator's own only), soonest
     * next meeting first and those without one last: three queries in all.
     */
    public List<CohortLine> getOwnCohortLines() {
        if (cohortLines == null) {
            List<Cohort> list = facilitated();
            Map<Long, List<Meeting>> meetings = facilitatedMeetings();
            Map<Long, CohortService.MemberCounts> counts = cohorts.memberCounts(list);
            LocalDateTime now = meetingService.localNow();
            List<CohortLine> lines = new ArrayList<>();
            for (Cohort cohort : list) {
                Meeting next = meetings.getOrDefault(cohort.getId(), List.of()).stream()
                        .filter(m -> !m.hasStarted(now)).findFirst().orElse(null);
                CohortService.MemberCounts count = counts.getOrDefault(cohort.getId(), new CohortService.MemberCounts(0, 0));
                lines.add(new CohortLine(cohort, next, count.accepted(), count.invited()));
            }
            lines.sort(Comparator.comparing((CohortLine line) -> line.next() == null)
                    .thenComparing(line -> line.next() == null ? null : line.next().getStartsAt(),
                            Comparator.nullsLast(Comparator.naturalOrder())));
            cohortLines = lines;
        }
        return cohortLines;
    }

    /** For a facilitator: invitations not answered yet, over their own cohorts. */
    public long getOpenInvitations() {
        return getOwnCohortLines().stream().mapToLong(CohortLine::invited).sum();
    }

    /** For a participant: whether any self-scan of theirs is submitted. */
    public boolean isScanSubmitted() {
        if (scanSubmitted == null) {
            scanSubmitted = scans.listOwn(me()).stream().anyMatch(nl.leerkring.scan.SelfScan::isSubmitted);
        }
        return scanSubmitted;
    }

    /** For a participant: feedback requests sent and not answered, withdrawn or expired. */
    public long getOpenFeedbackRequests() {
        LocalDate today = LocalDate.now(clock);
        return requests().stream().filter(r -> (r.getStatus() == RequestStatus.SENT || r.getStatus() == RequestStatus.OPENED)
                && !r.isExpired(today)).count();
    }

    /** For a participant: feedback answers received. */
    public long getFeedbackReceived() {
        return requests().stream().filter(r -> r.getStatus() == RequestStatus.SUBMITTED).count();
    }

    private List<FeedbackRequest> requests() {
        if (requests == null) {
            requests = feedback.listOwn(me());
        }
        return requests;
    }

    /** The meetings of the facilitated cohorts, read once for the cohort lines and the summary warnings. */
    private Map<Long, List<Meeting>> facilitatedMeetings() {
        if (facilitatedMeetings == null) {
            facilitatedMeetings = meetingService.meetings(facilitated());
        }
        return facilitatedMeetings;
    }

    private List<Cohort> facilitated() {
        if (facilitated == null) {
            facilitated = currentPerson.isFacilitator() ? cohorts.listFacilitatedBy(me()) : List.of();
        }
        return facilitated;
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }
}
