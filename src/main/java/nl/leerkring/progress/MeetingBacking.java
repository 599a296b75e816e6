package nl.leerkring.progress;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.account.Person;
import nl.leerkring.cohort.Attendance;
import nl.leerkring.cohort.AttendanceStatus;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.learning.PracticePlan;
import nl.leerkring.learning.PracticePlanService;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;

/**
 * cohort/meeting.xhtml: one meeting for its facilitator: preparing the agenda parts, recording
 * the agreed homework and notes, and attendance.
 */
@Named
@RequestScoped
public class MeetingBacking {

    /** One participant's attendance line. */
    public static class AttendanceRow {
        private final Person person;
        private AttendanceStatus status;
        private String reason;

        AttendanceRow(Person person, Attendance recorded) {
            this.person = person;
            this.status = recorded == null ? null : recorded.getStatus();
            this.reason = recorded == null ? null : recorded.getReason();
        }

        public Person getPerson() {
            return person;
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    private ProgressService progress;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    private PracticePlanService plans;
    @Inject
    @Param(name = "id")
    private Long id;

    private Meeting meeting;
    private PracticePlanService.Review review;
    private List<AttendanceRow> attendance;

    private String prepReview;
    private String prepDialogue;
    private String prepDeepening;
    private String prepDesign;
    private String prepEvaluation;
    private String theory;
    private String homework;
    private String notes;
    private String cancelReason;
    private boolean cancelConfirmed;
    private boolean prepReviewFromHomework;

    public void load() {
        if (meeting != null) {
            return;
        }
        if (id == null) {
            throw new NotFoundException();
        }
        ProgressService.MeetingPage page = progress.meetingPage(id, me());
        meeting = page.meeting();
        review = page.review();
        Meeting.Agenda agenda = meeting.getAgenda();
        prepReview = agenda.getReview();
        prepDialogue = agenda.getDialogue();
        prepDeepening = agenda.getDeepening();
        prepDesign = agenda.getDesign();
        prepEvaluation = agenda.getEvaluation();
        theory = agenda.getTheory();
        homework = meeting.getHomework();
        notes = meeting.getNotes();
        if ((prepReview == null || prepReview.isBlank()) && isHomeworkToLookBackOn()) {
            // The review starts from what was agreed last time, so the facilitator does not retype it.
            prepReview = review.previous().getHomework();
            prepReviewFromHomework = true;
        }
        attendance = page.attendance().stream().map(line -> new AttendanceRow(line.person(), line.recorded())).toList();
    }

    public void savePreparation() {
        load();
        meetingService.prepare(id, new Meeting.Agenda(prepReview, prepDialogue, prepDeepening, prepDesign, prepEvaluation,
                theory), me());
        Messages.addGlobalInfo("meeting.preparationSaved");
    }

    public void saveOutcome() {
        load();
        meetingService.recordOutcome(id, homework, notes, me());
        Messages.addGlobalInfo("meeting.outcomeSaved");
    }

    public void saveAttendance() {
        load();
        meetingService.recordAttendance(id, attendance.stream()
                .map(row -> new MeetingService.AttendanceEntry(row.getPerson().getId(), row.getStatus(), row.getReason()))
                .toList(), me());
        Messages.addGlobalInfo("meeting.attendanceSaved");
    }

    /** Cancels the meeting once the facilitator ticked the confirmation; everybody gets a CANCEL mail. */
    public void cancel() {
        load();
        if (!cancelConfirmed) {
            throw new BusinessException("meeting.cancel.confirmRequired");
        }
        meetingService.cancelMeeting(id, cancelReason, me());
        Messages.addGlobalInfo("meeting.cancel.done");
        meeting = null;
        load();
    }

    /** A meeting that has not begun and is not cancelled may be cancelled. */
    public boolean isCancellable() {
        load();
        return !meeting.isCancelled() && !meeting.hasStarted(meetingService.localNow());
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    /** Whether the meeting before this one has homework agreed, to look back on in this one. */
    public boolean isHomeworkToLookBackOn() {
        return review.previous() != null && review.previous().getHomework() != null
                && !review.previous().getHomework().isBlank();
    }

    /** Whether the review box shows the previous meeting's homework because nothing was prepared yet. */
    public boolean isPrepReviewFromHomework() {
        load();
        return prepReviewFromHomework;
    }

    /** Attendance is noted from the meeting's start on, not before. */
    public boolean isStarted() {
        load();
        return meeting.hasStarted(meetingService.localNow());
    }

    public Meeting getMeeting() {
        load();
        return meeting;
    }

    /** The reports on the plans made at the meeting before, and the plans made at this one. */
    public PracticePlanService.Review getReview() {
        load();
        return review;
    }

    public boolean isTooBig(PracticePlan plan) {
        return plan.isTooBig(plans.warnAboveMinutes());
    }

    public List<AttendanceRow> getAttendance() {
        load();
        return attendance;
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public Long getId() {
        return id;
    }

    public String getPrepReview() {
        return prepReview;
    }

    public void setPrepReview(String prepReview) {
        this.prepReview = prepReview;
    }

    public String getPrepDialogue() {
        return prepDialogue;
    }

    public void setPrepDialogue(String prepDialogue) {
        this.prepDialogue = prepDialogue;
    }

    public String getPrepDeepening() {
        return prepDeepening;
    }

    public void setPrepDeepening(String prepDeepening) {
        this.prepDeepening = prepDeepening;
    }

    public String getPrepDesign() {
        return prepDesign;
    }

    public void setPrepDesign(String prepDesign) {
        this.prepDesign = prepDesign;
    }

    public String getPrepEvaluation() {
        return prepEvaluation;
    }

    public void setPrepEvaluation(String prepEvaluation) {
        this.prepEvaluation = prepEvaluation;
    }

    public String getTheory() {
        return theory;
    }

    public void setTheory(String theory) {
        this.theory = theory;
    }

    public String getHomework() {
        return homework;
    }

    public void setHomework(String homework) {
        this.homework = homework;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public boolean isCancelConfirmed() {
        return cancelConfirmed;
    }

    public void setCancelConfirmed(boolean cancelConfirmed) {
        this.cancelConfirmed = cancelConfirmed;
    }
}
