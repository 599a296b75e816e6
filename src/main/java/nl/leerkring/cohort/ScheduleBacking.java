package nl.leerkring.cohort;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.platform.NotFoundException;

/**
 * cohort/schedule.xhtml: planning the six meetings. A plan that breaks a rule of the seed is
 * shown with what it breaks; it is saved only with a written reason, never silently.
 */
@Named
@RequestScoped
public class ScheduleBacking {

    /** One editable line of the plan. */
    public static class Row {
        private final int number;
        private LocalDate date;
        private LocalTime time;
        private int durationMinutes;
        private String location;
        private String onlineLink;

        Row(Meeting meeting) {
            this.number = meeting.getNumber();
            this.date = meeting.getStartsAt().toLocalDate();
            this.time = meeting.getStartsAt().toLocalTime();
            this.durationMinutes = meeting.getDurationMinutes();
            this.location = meeting.getLocation();
            this.onlineLink = meeting.getOnlineLink();
        }

        MeetingPlan toPlan() {
            return new MeetingPlan(number, date == null || time == null ? null : date.atTime(time), durationMinutes,
                    location, onlineLink);
        }

        public int getNumber() {
            return number;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public LocalTime getTime() {
            return time;
        }

        public void setTime(LocalTime time) {
            this.time = time;
        }

        public int getDurationMinutes() {
            return durationMinutes;
        }

        public void setDurationMinutes(int durationMinutes) {
            this.durationMinutes = durationMinutes;
        }

        public String getLocation() {
            return location;
        }

        public void setLocation(String location) {
            this.location = location;
        }

        public String getOnlineLink() {
            return onlineLink;
        }

        public void setOnlineLink(String onlineLink) {
            this.onlineLink = onlineLink;
        }
    }

    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "id")
    private Long id;

    private Cohort cohort;
    private List<Row> rows;
    private List<MeetingSchedule.Violation> violations = List.of();
    private String reason;

    public void load() {
        if (cohort != null) {
            return;
        }
        if (id == null) {
            throw new NotFoundException();
        }
        cohort = cohorts.getToManage(id, currentPerson.id().orElseThrow());
        rows = new ArrayList<>();
        meetingService.meetings(cohort).forEach(m -> rows.add(new Row(m)));
    }

    public void save() throws IOException {
        load();
        List<MeetingPlan> plans = rows.stream().map(Row::toPlan).toList();
        violations = meetingService.check(cohort, plans);
        boolean onlyOverridable = violations.stream().allMatch(v -> v.rule().isOverridable());
        if (!violations.isEmpty() && onlyOverridable && (reason == null || reason.isBlank())) {
            Messages.addGlobalWarn("schedule.explainOrChange");
            return;
        }
        meetingService.plan(id, plans, reason, currentPerson.id().orElseThrow());
        Messages.addFlashGlobalInfo(violations.isEmpty() ? "schedule.saved" : "schedule.savedWithOverride");
        Faces.redirect("cohort/view.xhtml?id=%s&part=meetings", String.valueOf(id));
    }

    public Cohort getCohort() {
        load();
        return cohort;
    }

    public List<Row> getRows() {
        load();
        return rows;
    }

    public List<MeetingSchedule.Violation> getViolations() {
        return violations;
    }

    /** The rules the plan breaks at this meeting, to mark it where it is on the page. */
    public List<MeetingSchedule.Violation> broken(int meetingNumber) {
        return violations.stream().filter(v -> v.meetingNumber() == meetingNumber).toList();
    }

    /**
     * Whether the plan breaks only rules a written reason may override, so the reason box is shown.
     * The box is always in the form (hidden otherwise): the reason typed after the warning must reach
     * the next request, which does not know the warning yet.
     */
    public boolean isOverridable() {
        return !violations.isEmpty() && violations.stream().allMatch(v -> v.rule().isOverridable());
    }

    public Long getId() {
        return id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
