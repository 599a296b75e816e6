package nl.leerkring.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortGroup;
import nl.leerkring.cohort.CohortMember;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.CyclePosition;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.cohort.ParticipantList;
import nl.leerkring.cohort.ProgressDue;
import nl.leerkring.cohort.ProgressRow;
import nl.leerkring.cohort.ScheduleOverride;
import nl.leerkring.cohort.TimelineStep;
import nl.leerkring.feedback.FeedbackService;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.learning.LearningQuestion;
import nl.leerkring.learning.LearningQuestionService;
import nl.leerkring.learning.MeetingSummaryService;
import nl.leerkring.learning.PracticePlan;
import nl.leerkring.learning.PracticePlanService;
import nl.leerkring.learning.ReflectionService;
import nl.leerkring.scan.ScanCsv;
import nl.leerkring.scan.ScanService;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;

/**
 * cohort/view.xhtml: the facilitator's home for one cohort, in parts with a link each
 * ({@code ?id=&part=}): the overview with what needs attention first, the meetings, the participants
 * (with open invitations and adding), the results (progress grid, scans, shared-question sessions),
 * and groups with the follow-up cohort. A coordinator who does not facilitate it sees one page with
 * the cohort, its facilitators, meetings and counts only: no names, addresses, progress or scans.
 */
@Named
@RequestScoped
public class CohortBacking {

    /** A coordinator sees a cohort's group means only from this many scans on (DESIGN §7). */
    static final int COORDINATOR_MINIMUM = 5;

    /** The parts of the page for the cohort's facilitators, in the order of the tabs; the first is the default. */
    public static final List<String> PARTS = List.of("overview", "meetings", "participants", "results", "groups");

    /** Something on the overview that asks for the facilitator's attention, with the part where it is handled. */
    public record Attention(String key, long count, String part) {
    }

    /** The largest participant CSV we read. */
    static final long MAX_UPLOAD_BYTES = 512 * 1024;

    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    private ScanService scans;
    @Inject
    private FrameworkService framework;
    @Inject
    private FeedbackService feedback;
    @Inject
    private LearningQuestionService questions;
    @Inject
    private PracticePlanService plans;
    @Inject
    private ReflectionService reflections;
    @Inject
    private MeetingSummaryService summaries;
    @Inject
    @Param(name = "id")
    private Long id;
    @Inject
    @Param(name = "part")
    private String part;

    private Cohort cohort;
    private List<Meeting> meetings;
    private boolean canManage;
    private List<CohortMember> members;
    private List<CohortMember> invited;
    private CohortService.MemberCounts memberCounts;
    private List<CohortGroup> groups;
    private CyclePosition position;
    private ScanService.CohortScans scanSummary;
    private Set<Long> sharedFeedback;
    private List<MeetingSummaryService.Warning> summaryWarnings;
    private List<ProgressRow> progress;
    private ProgressDue due;
    private final Map<Long, Long> groupChoice = new HashMap<>();

    private String pasted;
    private Part upload;
    private List<ParticipantList.LineError> lineErrors = List.of();
    private String groupName;
    private String followUpName;
    private LocalDate followUpStart;

    /** Loads the cohort, or answers 404 when it does not exist or is not the caller's. */
    public void load() {
        if (cohort != null) {
            return;
        }
        if (id == null) {
            throw new NotFoundException();
        }
        cohort = cohorts.getToView(id, me());
        canManage = cohort.isFacilitatedBy(me());
        meetings = meetingService.meetings(cohort);
        // The members are loaded for the group means as well, but only a facilitator of the cohort is
        // shown anything per person: a coordinator gets counts without names (DESIGN §7).
        members = cohorts.members(cohort);
        invited = canManage ? cohorts.invited(cohort) : List.of();
        memberCounts = canManage ? null : cohorts.memberCounts(cohort);
        groups = canManage ? cohorts.groups(cohort) : List.of();
        position = meetingService.position(meetings);
        members.forEach(m -> groupChoice.putIfAbsent(m.getPerson().getId(),
                m.getGroup() == null ? null : m.getGroup().getId()));
    }

    /** For its facilitators: the held meetings whose summary is due or overdue (one query). */
    public List<MeetingSummaryService.Warning> getSummaryWarnings() {
        load();
        if (summaryWarnings == null) {
            summaryWarnings = canManage ? summaries.warnings(List.of(cohort), Map.of(cohort.getId(), meetings)) : List.of();
        }
        return summaryWarnings;
    }

    /** Whether the meeting has started, so that its summary can be written. */
    public boolean isHeld(Meeting meeting) {
        return !meeting.getStartsAt().isAfter(meetingService.localNow());
    }

    private void reload() {
        cohort = null;
        scanSummary = null;
        summaryWarnings = null;
        progress = null;
        load();
    }

    /** The part shown: one of {@link #PARTS}, the overview for anything else. */
    public String getPart() {
        return part != null && PARTS.contains(part) ? part : PARTS.get(0);
    }

    public List<String> getParts() {
        return PARTS;
    }

    /** Whether a part's sections are on the page: a facilitator sees one part, anybody else the one short page. */
    public boolean shows(String name) {
        load();
        return !canManage || getPart().equals(name);
    }

    /** When the steps of the grid are due, by this cohort's meeting dates. */
    public ProgressDue getDue() {
        load();
        if (due == null) {
            due = ProgressDue.of(meetings, meetingService.localNow());
        }
        return due;
    }

    /** The next meeting that has not begun, or null when all have. */
    public Meeting getNextMeeting() {
        LocalDateTime now = meetingService.localNow();
        return getMeetings().stream().filter(m -> !m.hasStarted(now)).findFirst().orElse(null);
    }

    /**
     * What needs the facilitator first, counted from the progress grid and the open invitations
     * (no query of its own): missed meetings, attendance not noted, and what is overdue by the
     * cycle's dates. Empty when nothing does.
     */
    public List<Attention> getAttention() {
        checkManager();
        ProgressDue dates = getDue();
        List<ProgressRow> rows = getProgress();
        List<Attention> attention = new ArrayList<>();
        add(attention, "cohort.attention.unrecorded", rows.stream().filter(r -> r.unrecorded() > 0).count(), "results");
        add(attention, "cohort.attention.missed", rows.stream().filter(ProgressRow::isBehind).count(), "results");
        add(attention, "cohort.attention.scan", rows.stream()
                .filter(r -> dates.selfScan(r.selfScanDone()) == ProgressDue.State.OVERDUE).count(), "results");
        add(attention, "cohort.attention.question", rows.stream()
                .filter(r -> dates.learningQuestion(r.loop().questionArea() != null) == ProgressDue.State.OVERDUE)
                .count(), "results");
        add(attention, "cohort.attention.plan", rows.stream()
                .filter(r -> dates.planForLastHeld(r.loop().planForLastHeld()) == ProgressDue.State.OVERDUE)
                .count(), "results");
        add(attention, "cohort.attention.invited", invited.size(), "participants");
        add(attention, "cohort.attention.noParticipants", members.isEmpty() && invited.isEmpty() ? 1 : 0, "participants");
        return attention;
    }

    private static void add(List<Attention> list, String key, long count, String part) {
        if (count > 0) {
            list.add(new Attention(key, count, part));
        }
    }

    public void addParticipants() throws IOException {
        load();
        ParticipantList.Result result;
        boolean fileGiven = upload != null && upload.getSize() > 0;
        if (fileGiven && pasted != null && !pasted.isBlank()) {
            // Refused rather than merged: two sources would give two sets of line numbers in one list of errors.
            throw new BusinessException("participants.bothGiven");
        }
        if (fileGiven) {
            if (upload.getSize() > MAX_UPLOAD_BYTES) {
                throw new BusinessException("participants.fileTooLarge", MAX_UPLOAD_BYTES / 1024);
            }
            try (InputStream in = upload.getInputStream()) {
                result = ParticipantList.parseCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } else {
            result = ParticipantList.parsePasted(pasted);
        }
        if (result.entries().isEmpty() && result.errors().isEmpty()) {
            throw new BusinessException("participants.empty");
        }
        CohortService.AddResult added = cohorts.addParticipants(id, result.entries(), me());
        lineErrors = result.errors();
        Messages.addGlobalInfo("participants.added", added.invited() + added.reused(), added.invited(),
                added.reused(), added.alreadyMember());
        if (!lineErrors.isEmpty() && fileGiven) {
            // The file's lines stay in the file: put back in the text box they would count as a pasted list next time.
            Messages.addGlobalWarn("participants.someFileLinesSkipped", lineErrors.size());
            pasted = null;
        } else if (!lineErrors.isEmpty()) {
            Messages.addGlobalWarn("participants.someLinesSkipped", lineErrors.size());
            pasted = String.join("\n", lineErrors.stream().map(ParticipantList.LineError::line).toList());
        } else {
            pasted = null;
        }
        reload();
    }

    public void removeParticipant(long personId) {
        cohorts.removeParticipant(id, personId, me());
        Messages.addGlobalInfo("participants.removed");
        reload();
    }

    public void addGroup() {
        CohortGroup group = cohorts.addGroup(id, groupName, me());
        Messages.addGlobalInfo("cohort.groupAdded", group.getName());
        groupName = null;
        reload();
    }

    public void placeInGroup(long personId) {
        load();
        cohorts.placeInGroup(id, personId, groupChoice.get(personId), me());
        Messages.addGlobalInfo("cohort.groupChanged");
        reload();
    }

    public void startFollowUp() throws IOException {
        Cohort next = cohorts.startFollowUp(id, followUpName, followUpStart, me());
        Messages.addFlashGlobalInfo("cohort.followUpCreated", next.getName());
        long past = meetingService.meetingsStarted(next);
        if (past > 0) {
            Messages.addFlashGlobalWarn("cohort.startInPast", past);
        }
        Faces.redirect("cohort/view.xhtml?id=%s&part=participants", String.valueOf(next.getId()));
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public boolean isCanManage() {
        load();
        return canManage;
    }

    /** Only a facilitator of the cohort gets anything per person; everybody else gets a 404. */
    private void checkManager() {
        load();
        if (!canManage) {
            throw new NotFoundException();
        }
    }

    public Cohort getCohort() {
        load();
        return cohort;
    }

    public List<Meeting> getMeetings() {
        load();
        return meetings;
    }

    public List<TimelineStep> getTimeline() {
        load();
        return TimelineStep.of(meetings, position);
    }

    public CyclePosition getPosition() {
        load();
        return position;
    }

    public List<CohortMember> getMembers() {
        checkManager();
        return members;
    }

    /** The open invitations: name and status only, for the cohort's facilitators. */
    public List<CohortMember> getInvited() {
        checkManager();
        return invited;
    }

    /** How many people take part and are invited: what a coordinator sees instead of names. */
    public CohortService.MemberCounts getMemberCounts() {
        load();
        return memberCounts == null ? cohorts.memberCounts(cohort) : memberCounts;
    }

    public List<CohortGroup> getGroups() {
        load();
        return groups;
    }

    public List<ProgressRow> getProgress() {
        checkManager();
        if (progress == null) {
            progress = meetingService.progress(cohort, meetings, members, getScans().latestByPerson().keySet(),
                    feedback.receivedCounts(members.stream().map(m -> m.getPerson().getId()).toList()), loops());
        }
        return progress;
    }

    /** Each participant's learning question, plans and reflections, in a fixed number of queries. */
    private Map<Long, ProgressRow.Loop> loops() {
        Map<Long, String> areas = new HashMap<>();
        for (LearningQuestion question : questions.currentForCohort(cohort.getId())) {
            areas.put(question.getPerson().getId(), question.getAxis().getLabel());
        }
        Long lastHeld = TimelineStep.lastHeldMeetingId(meetings, meetingService.localNow());
        Map<Long, int[]> planCounts = new HashMap<>();
        Set<Long> plannedForLastHeld = new java.util.HashSet<>();
        for (PracticePlan plan : plans.forCohort(cohort.getId())) {
            int[] counts = planCounts.computeIfAbsent(plan.getPerson().getId(), k -> new int[2]);
            counts[0]++;
            counts[1] += plan.isReported() ? 1 : 0;
            if (plan.getMeeting().getId().equals(lastHeld)) {
                plannedForLastHeld.add(plan.getPerson().getId());
            }
        }
        Map<Long, Long> reflections = this.reflections.submittedCountByPerson(cohort.getId());
        Map<Long, ProgressRow.Loop> loops = new HashMap<>();
        for (CohortMember member : members) {
            long person = member.getPerson().getId();
            int[] counts = planCounts.getOrDefault(person, new int[2]);
            loops.put(person, new ProgressRow.Loop(areas.get(person), counts[0], counts[1],
                    plannedForLastHeld.contains(person), reflections.getOrDefault(person, 0L)));
        }
        return loops;
    }

    /** The members' newest self-scans shown to this cohort and, from three on, the group's means. */
    public ScanService.CohortScans getScans() {
        checkManager();
        return scanSummary();
    }

    private ScanService.CohortScans scanSummary() {
        load();
        if (scanSummary == null) {
            scanSummary = scans.forCohort(cohort.getId(), members.stream().map(m -> m.getPerson().getId()).toList());
        }
        return scanSummary;
    }

    /** How many members' scans the cohort has. */
    public int getScanCount() {
        return scanSummary().latestByPerson().size();
    }

    /** The group means: for a coordinator only when at least {@value #COORDINATOR_MINIMUM} scans are behind them. */
    public Map<Integer, Double> getGroupMeans() {
        ScanService.CohortScans summary = scanSummary();
        return canManage || summary.latestByPerson().size() >= COORDINATOR_MINIMUM ? summary.groupMeans() : Map.of();
    }

    public boolean isMixedVersions() {
        return scanSummary().mixedVersions();
    }

    /** The participants' newest self-scans as CSV, for the cohort's facilitators. */
    public void downloadScans() throws IOException {
        checkManager();
        String csv = ScanCsv.render(members.stream().map(CohortMember::getPerson).toList(), getScans(), getAxes(),
                Faces.getLocale());
        Faces.sendFile(csv.getBytes(StandardCharsets.UTF_8), "zelfscans-cohort-" + id + ".csv", true);
    }

    /** The members who share their feedback result with this cohort. */
    public Set<Long> getSharedFeedback() {
        checkManager();
        if (sharedFeedback == null) {
            sharedFeedback = feedback.sharedAmong(cohort.getId(), members.stream().map(m -> m.getPerson().getId()).toList());
        }
        return sharedFeedback;
    }

    public List<FrameworkAxis> getAxes() {
        return framework.axes(framework.current());
    }

    public int getGroupMinimum() {
        load();
        return canManage ? ScanService.GROUP_MINIMUM : COORDINATOR_MINIMUM;
    }

    public List<ScheduleOverride> getOverrides() {
        load();
        return meetingService.overrides(cohort);
    }

    /** The group chosen per participant (person id to group id) on the page. */
    public Map<Long, Long> getGroupChoice() {
        checkManager();
        return groupChoice;
    }

    public List<ParticipantList.LineError> getLineErrors() {
        return lineErrors;
    }

    public Long getId() {
        return id;
    }

    public String getPasted() {
        return pasted;
    }

    public void setPasted(String pasted) {
        this.pasted = pasted;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public String getFollowUpName() {
        return followUpName;
    }

    public void setFollowUpName(String followUpName) {
        this.followUpName = followUpName;
    }

    public LocalDate getFollowUpStart() {
        return followUpStart;
    }

    public void setFollowUpStart(LocalDate followUpStart) {
        this.followUpStart = followUpStart;
    }
}
