package nl.leerkring.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.account.Person;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.scan.ScanMoment;

/** feedback/mine.xhtml: asking raters for feedback and following the requests. */
@Named
@RequestScoped
public class MyFeedbackBacking {

    @Inject
    private FeedbackService feedback;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    private Clock clock;
    @Inject
    private CohortService cohorts;

    @NotNull
    private RaterRole role = RaterRole.STUDENT_TEACHER;
    // No @Size here: a Bean Validation message has no place on this page, so a too long text was
    // refused without a word. The entity refuses it with a message naming the field and the limit.
    @NotBlank
    private String name;
    @NotBlank
    private String email;
    private String language = "nl";
    private LocalDate deadline;
    private String message;
    private boolean anonymous;
    private ScanMoment moment = ScanMoment.START;

    private List<FeedbackRequest> requests;
    private List<Sharing> sharing;

    /** One cohort the participant takes part in, and whether the feedback result is shared with it. */
    public record Sharing(Cohort cohort, boolean shared) {
    }

    public void ask() {
        FeedbackRequest request = feedback.ask(me(), role, name, email, language, getDeadline(), message, anonymous, moment);
        Messages.addGlobalInfo("feedback.asked", request.getRaterName());
        name = null;
        email = null;
        message = null;
        deadline = null;
        requests = null;
    }

    /** Fills the form to ask the same rater again at the end of the track. */
    public void askAgain(long requestId) {
        FeedbackRequest earlier = getRequests().stream().filter(r -> r.getId() == requestId).findFirst()
                .orElseThrow(nl.leerkring.platform.NotFoundException::new);
        role = earlier.getRaterRole();
        name = earlier.getRaterName();
        email = earlier.getRaterEmail();
        language = earlier.getLanguage();
        anonymous = earlier.isAnonymous();
        moment = ScanMoment.END;
        Messages.addGlobalInfo("feedback.askAgainFilled", name);
    }

    public void resend(long requestId) {
        feedback.resend(requestId, me());
        Messages.addGlobalInfo("feedback.resent");
        requests = null;
    }

    public void withdraw(long requestId) {
        feedback.withdraw(requestId, me());
        Messages.addGlobalInfo("feedback.withdrawn");
        requests = null;
    }

    /** Shares the result with one cohort the participant takes part in, or stops sharing with it. */
    public void toggleSharing(long cohortId) {
        boolean now = !feedback.sharedWith(me()).contains(cohortId);
        feedback.share(me(), cohortId, now);
        Cohort cohort = cohorts.getAsMember(cohortId, me());
        Messages.addGlobalInfo(now ? "feedback.sharedOn" : "feedback.sharedOff", cohort.getName());
        sharing = null;
    }

    /** Each cohort the participant takes part in, and whether its facilitators see the feedback result. */
    public List<Sharing> getSharing() {
        if (sharing == null) {
            Set<Long> shared = feedback.sharedWith(me());
            sharing = cohorts.listAsMember(me()).stream().map(c -> new Sharing(c, shared.contains(c.getId()))).toList();
        }
        return sharing;
    }

    /** The status a person reads: sent, opened, submitted, withdrawn or expired. */
    public String statusKey(FeedbackRequest request) {
        return request.isExpired(LocalDate.now(clock)) ? "feedback.status.EXPIRED" : "feedback.status." + request.getStatus();
    }

    public boolean canChange(FeedbackRequest request) {
        return request.getStatus() != RequestStatus.SUBMITTED;
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public List<FeedbackRequest> getRequests() {
        if (requests == null) {
            requests = feedback.listOwn(me());
        }
        return requests;
    }

    public ScanMoment getMoment() {
        return moment;
    }

    public void setMoment(ScanMoment moment) {
        this.moment = moment;
    }

    public ScanMoment[] getMoments() {
        return new ScanMoment[] {ScanMoment.START, ScanMoment.END};
    }

    public RaterRole[] getRoles() {
        return RaterRole.values();
    }

    public RaterRole getRole() {
        return role;
    }

    public void setRole(RaterRole role) {
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    /** Three weeks from today unless chosen otherwise. */
    public LocalDate getDeadline() {
        return deadline == null ? LocalDate.now(clock).plusWeeks(3) : deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }
}
