package nl.leerkring.rhythm;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.platform.NotFoundException;
import nl.leerkring.rhythm.RhythmRules.Reminder;

/** rhythm/settings.xhtml: a facilitator sets the cohort's reminders and sees, skips or sends the upcoming ones. */
@Named
@RequestScoped
public class RhythmBacking {

    /** A line of the upcoming list, with its time on the cohort's wall clock. */
    public record Row(Reminder reminder, LocalDateTime when) {
    }

    @Inject
    private RhythmService rhythm;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "cohort")
    private Long cohortId;

    private RhythmService.Upcoming upcoming;
    private List<Row> rows;
    private boolean halfwayOn;
    private boolean reflectionOn;
    private Integer reflectionDays;
    private boolean scanNudgeOn;
    private Integer scanNudgeDays;
    private boolean meetingReminderOn;
    private Integer meetingReminderDays;

    public void load() {
        if (upcoming != null) {
            return;
        }
        if (cohortId == null) {
            throw new NotFoundException();
        }
        upcoming = rhythm.upcoming(cohortId, me());
        rows = upcoming.reminders().stream()
                .map(r -> new Row(r, LocalDateTime.ofInstant(r.dueAt(), rhythm.zone()))).toList();
        if (!FacesContext.getCurrentInstance().isPostback()) {
            RhythmSettings.Values values = upcoming.settings();
            halfwayOn = values.halfwayOn();
            reflectionOn = values.reflectionOn();
            reflectionDays = values.reflectionDays();
            scanNudgeOn = values.scanNudgeOn();
            scanNudgeDays = values.scanNudgeDays();
            meetingReminderOn = values.meetingReminderOn();
            meetingReminderDays = values.meetingReminderDays();
        }
    }

    public void save() {
        rhythm.saveSettings(cohortId, new RhythmSettings.Values(halfwayOn, reflectionOn,
                reflectionDays == null ? 0 : reflectionDays, scanNudgeOn, scanNudgeDays == null ? 0 : scanNudgeDays,
                meetingReminderOn, meetingReminderDays == null ? 0 : meetingReminderDays), me());
        Messages.addGlobalInfo("rhythm.settings.saved");
        reload();
    }

    public void skip(String key) {
        rhythm.skip(cohortId, key, me());
        Messages.addGlobalInfo("rhythm.upcoming.skipped");
        reload();
    }

    public void sendNow(String key) {
        rhythm.sendNow(cohortId, key, me());
        Messages.addGlobalInfo("rhythm.upcoming.sent");
        reload();
    }

    private void reload() {
        upcoming = null;
        load();
    }

    public String kindLabel(Reminder reminder) {
        return "enum.ReminderKind." + reminder.kind().name();
    }

    public String language(Reminder reminder) {
        return Locale.forLanguageTag(reminder.member().language()).getLanguage();
    }

    private long me() {
        return currentPerson.id().orElseThrow(NotFoundException::new);
    }

    public Cohort getCohort() {
        load();
        return upcoming.cohort();
    }

    public Long getCohortId() {
        return cohortId;
    }

    public List<Row> getRows() {
        load();
        return rows;
    }

    public boolean isHalfwayOn() {
        return halfwayOn;
    }

    public void setHalfwayOn(boolean halfwayOn) {
        this.halfwayOn = halfwayOn;
    }

    public boolean isReflectionOn() {
        return reflectionOn;
    }

    public void setReflectionOn(boolean reflectionOn) {
        this.reflectionOn = reflectionOn;
    }

    public Integer getReflectionDays() {
        return reflectionDays;
    }

    public void setReflectionDays(Integer reflectionDays) {
        this.reflectionDays = reflectionDays;
    }

    public boolean isScanNudgeOn() {
        return scanNudgeOn;
    }

    public void setScanNudgeOn(boolean scanNudgeOn) {
        this.scanNudgeOn = scanNudgeOn;
    }

    public Integer getScanNudgeDays() {
        return scanNudgeDays;
    }

    public void setScanNudgeDays(Integer scanNudgeDays) {
        this.scanNudgeDays = scanNudgeDays;
    }

    public boolean isMeetingReminderOn() {
        return meetingReminderOn;
    }

    public void setMeetingReminderOn(boolean meetingReminderOn) {
        this.meetingReminderOn = meetingReminderOn;
    }

    public Integer getMeetingReminderDays() {
        return meetingReminderDays;
    }

    public void setMeetingReminderDays(Integer meetingReminderDays) {
        this.meetingReminderDays = meetingReminderDays;
    }
}
