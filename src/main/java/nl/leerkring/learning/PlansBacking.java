package nl.leerkring.learning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.account.Person;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.learning.session.GroupQuestionService;
import nl.leerkring.learning.session.GroupSession;
import nl.leerkring.platform.NotFoundException;

/**
 * learning/plans.xhtml: the participant's practice plans, one per meeting held (what will I try with
 * my student teacher before the next meeting?), each with its report; and the duo partner's plans.
 */
@Named
@RequestScoped
public class PlansBacking {

    /** A meeting held, with the participant's plan and report fields. */
    public static class Row {
        private final Meeting meeting;
        private final PracticePlan plan;
        private String question;
        private String text;
        private Integer minutes;
        private String how;
        private String student;
        private String learned;

        Row(Meeting meeting, PracticePlan plan, String defaultQuestion) {
            this.meeting = meeting;
            this.plan = plan;
            this.question = plan == null ? defaultQuestion : plan.getQuestion();
            if (plan != null) {
                text = plan.getPlan();
                minutes = plan.getEstimatedMinutes();
                how = plan.getReportHow();
                student = plan.getReportStudent();
                learned = plan.getReportLearned();
            }
        }

        public Meeting getMeeting() {
            return meeting;
        }

        public PracticePlan getPlan() {
            return plan;
        }

        public String getQuestion() {
            return question;
        }

        public void setQuestion(String question) {
            this.question = question;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }

        public String getHow() {
            return how;
        }

        public void setHow(String how) {
            this.how = how;
        }

        public String getStudent() {
            return student;
        }

        public void setStudent(String student) {
            this.student = student;
        }

        public String getLearned() {
            return learned;
        }

        public void setLearned(String learned) {
            this.learned = learned;
        }
    }

    @Inject
    private PracticePlanService plans;
    @Inject
    private LearningQuestionService questions;
    @Inject
    private GroupQuestionService groupQuestions;
    @Inject
    private DuoService duos;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "cohort")
    private Long cohortId;

    private Cohort cohort;
    private List<Row> rows;
    private Duo duo;
    private Person partner;
    private List<PracticePlan> partnerPlans;
    private List<Person> choosable;
    private Long chosenPartner;

    public void load() {
        if (cohort != null) {
            return;
        }
        if (cohortId == null) {
            throw new NotFoundException();
        }
        cohort = cohorts.getAsMember(cohortId, me());
        Map<Long, PracticePlan> mine = new HashMap<>();
        plans.plansOf(cohortId, me(), me()).forEach(p -> mine.put(p.getMeeting().getId(), p));
        String defaultQuestion = groupQuestions.sharedQuestionFor(cohortId, me()).map(GroupSession::getSharedQuestion)
                .or(() -> questions.current(cohortId, me()).map(LearningQuestion::getQuestion)).orElse(null);
        rows = new ArrayList<>();
        for (Meeting meeting : meetingService.meetings(cohort)) {
            if (meeting.hasStarted(meetingService.localNow())) {
                rows.add(new Row(meeting, mine.get(meeting.getId()), defaultQuestion));
            }
        }
        duo = duos.findDuo(cohortId, me()).orElse(null);
        partner = duo == null ? null : duo.partnerOf(me());
        partnerPlans = partner == null ? List.of() : plans.plansOf(cohortId, partner.getId(), me());
        choosable = List.of();
        if (partner == null && cohort.isDuosSelfChosen()) {
            choosable = duos.unpaired(cohort, duos.list(cohort)).stream().filter(p -> p.getId() != me()).toList();
        }
    }

    private void reload() {
        cohort = null;
        load();
    }

    public void savePlan(Row row) {
        PracticePlan saved = plans.save(row.getMeeting().getId(), row.getQuestion(), row.getText(),
                row.getMinutes() == null ? 0 : row.getMinutes(), me());
        Messages.addGlobalInfo("learning.plan.saved", row.getMeeting().getNumber());
        if (saved.isTooBig(plans.warnAboveMinutes())) {
            Messages.addGlobalWarn("learning.plan.tooBig", saved.getEstimatedMinutes(), plans.warnAboveMinutes());
        }
        reload();
    }

    public void saveReport(Row row) {
        plans.report(row.getMeeting().getId(), row.getHow(), row.getStudent(), row.getLearned(), me());
        Messages.addGlobalInfo("learning.report.saved", row.getMeeting().getNumber());
        reload();
    }

    public void choosePartner() {
        load();
        Duo duo = duos.choose(cohortId, chosenPartner == null ? -1 : chosenPartner, me());
        Messages.addGlobalInfo("learning.duo.chosen", duo.partnerOf(me()).getDisplayName());
        reload();
    }

    public boolean isTooBig(PracticePlan plan) {
        return plan != null && plan.isTooBig(plans.warnAboveMinutes());
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public Cohort getCohort() {
        load();
        return cohort;
    }

    public List<Row> getRows() {
        load();
        return rows;
    }

    public Duo getDuo() {
        load();
        return duo;
    }

    public Person getPartner() {
        load();
        return partner;
    }

    public List<PracticePlan> getPartnerPlans() {
        load();
        return partnerPlans;
    }

    public List<Person> getChoosable() {
        load();
        return choosable;
    }

    public int getWarnAboveMinutes() {
        return plans.warnAboveMinutes();
    }

    public Long getCohortId() {
        return cohortId;
    }

    public Long getChosenPartner() {
        return chosenPartner;
    }

    public void setChosenPartner(Long chosenPartner) {
        this.chosenPartner = chosenPartner;
    }
}
