package nl.leerkring.platform;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.learning.MeetingSummaryService;
import nl.leerkring.mail.MailStatus;
import nl.leerkring.mail.Outbox;

/** dashboard.xhtml: each role's starting point. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private Outbox outbox;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingSummaryService summaries;
    @Inject
    private CurrentPerson currentPerson;

    private List<MeetingSummaryService.Warning> summaryWarnings;

    /** For the coordinator: mails the outbox gave up on. */
    public long getFailedMails() {
        return outbox.countByStatus().get(MailStatus.FAILED);
    }

    /**
     * For a facilitator: the summaries of held meetings of their own cohorts that are due or
     * overdue, in a fixed number of queries however many cohorts and meetings.
     */
    public List<MeetingSummaryService.Warning> getSummaryWarnings() {
        if (summaryWarnings == null) {
            long me = currentPerson.id().orElseThrow();
            summaryWarnings = summaries.warnings(cohorts.listToView(me).stream()
                    .filter(c -> c.isFacilitatedBy(me)).toList());
        }
        return summaryWarnings;
    }
}
