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
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.learning.MeetingSummaryService;
import nl.leerkring.learning.session.GroupSession;
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

    /** The parts of the page for the cohort's facilitators, in the order of the tabs; the first is the default. */
    public static final List<String> PARTS = List.of("overview", "meetings", "participants", "results", "groups");

    /** Something on the overview that asks for the facilitator's attention, with the part where it is handled. */
    public record Attention(String key, long count, String part) {
    }

    /** The largest participant CSV we read. */
    static final long MAX_UPLOAD_BYTES = 512 * 1024;

    @Inject
    private ProgressService progress;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    private FrameworkService framework;
    @Inject
    @Param(name = "id")
    private Long id;
    @Inject
    @Param(name = "part")
    private String part;

    private ProgressService.CohortPage page;
    private ProgressService.Grid grid;
    private ScanService.GroupScans groupScans;
    private List<MeetingSummaryService.Warning> summaryWarnings;
    private List<GroupSession> sessions;
    private ProgressDue due;
    private final Map<Long, Long> groupChoice = new HashMap<>();

    private String pasted;
    private Part upload;
    private List<ParticipantList.LineError> lineErrors = List.of();
    private String groupName;
    private String followUpName;
    private LocalDate followUpStart;

    /**
     * Loads the cohort once per request, or answers 404 when it does not exist or is not the caller's.
     * A coordinator who does not facilitate it gets it without its people (DESIGN §7).
     */
    public void load() {
        if (page != null) {
            return;
        }
        if (id == null) {
            throw new NotFoundException();
        }
        page = progress.cohortPage(id, me());
        page.members().forEach(m -> groupChoice.putIfAbsent(m.getPerson().getId(),
                m.getGroup() == null ? null : m.getGroup().getId()));
    }

    /** For its facilitators: the held meetings whose summary is due or overdue (one query). */
    public List<MeetingSummaryService.Warning> getSummaryWarnings() {
        load();
        if (summaryWarnings == null) {
            summaryWarnings = progress.summaryWarnings(page);
        }
        return summaryWarnings;
    }

    /** For its facilitators: the cohort's shared-question sessions, newest first, read once per request. */
    public List<GroupSession> getSessions() {
        checkManager();
        if (sessions == null) {
            sessions = progress.sessions(page);
        }
        return sessions;
    }

    /** Whether the meeting has started, so that its summary can be written. */
    public boolean isHeld(Meeting meeting) {
        return meeting.hasStarted(meetingService.localNow());
    }

    private void reload() {
        page = null;
        grid = null;
        groupScans = null;
        summaryWarnings = null;
        sessions = null;
        due = null;
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
        return !page.isFacilitator() || getPart().equals(name);
    }

    /** When the steps of the grid are due, by this cohort's meeting dates. */
    public ProgressDue getDue() {
        load();
        if (due == null) {
            due = ProgressDue.of(page.meetings(), meetingService.localNow());
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
        add(attention, "cohort.attention.invited", page.invited().size(), "participants");
        add(attention, "cohort.attention.noParticipants", page.members().isEmpty() && page.invited().isEmpty() ? 1 : 0,
                "participants");
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
        return page.isFacilitator();
    }

    /** Only a facilitator of the cohort gets anything per person; everybody else gets a 404. */
    private void checkManager() {
        load();
        page.checked().withPeople();
    }

    public Cohort getCohort() {
        load();
        return page.cohort();
    }

    public List<Meeting> getMeetings() {
        load();
        return page.meetings();
    }

    public List<TimelineStep> getTimeline() {
        load();
        return TimelineStep.of(page.meetings(), page.position());
    }

    public CyclePosition getPosition() {
        load();
        return page.position();
    }

    public List<CohortMember> getMembers() {
        checkManager();
        return page.members();
    }

    /** The open invitations: name and status only, for the cohort's facilitators. */
    public List<CohortMember> getInvited() {
        checkManager();
        return page.invited();
    }

    /** How many people take part and are invited: what a coordinator sees instead of names. */
    public CohortService.MemberCounts getMemberCounts() {
        load();
        return page.counts();
    }

    public List<CohortGroup> getGroups() {
        load();
        return page.groups();
    }

    /** The grid, computed once per request however often the page reads it. */
    public List<ProgressRow> getProgress() {
        return grid().rows();
    }

    private ProgressService.Grid grid() {
        checkManager();
        if (grid == null) {
            grid = progress.grid(page);
        }
        return grid;
    }

    /** The members' newest self-scans shown to this cohort and, from three on, the group's means. */
    public ScanService.CohortScans getScans() {
        return grid().scans();
    }

    /** The cohort's scans in numbers: from the grid for its facilitators, counted apart for a coordinator. */
    private ScanService.GroupScans groupScans() {
        load();
        if (groupScans == null) {
            ScanService.CohortScans scans = page.isFacilitator() ? getScans() : null;
            groupScans = scans != null
                    ? new ScanService.GroupScans(scans.latestByPerson().size(), scans.groupMeans(), scans.mixedVersions())
                    : progress.groupScans(page);
        }
        return groupScans;
    }

    /** How many members' scans the cohort has. */
    public int getScanCount() {
        return groupScans().count();
    }

    /** The group means: for a coordinator only when at least {@value ProgressService#COORDINATOR_MINIMUM} scans are behind them. */
    public Map<Integer, Double> getGroupMeans() {
        return groupScans().means();
    }

    public boolean isMixedVersions() {
        return groupScans().mixedVersions();
    }

    /** The participants' newest self-scans as CSV, for the cohort's facilitators. */
    public void downloadScans() throws IOException {
        checkManager();
        String csv = ScanCsv.render(page.members().stream().map(CohortMember::getPerson).toList(), getScans(), getAxes(),
                Faces.getLocale());
        Faces.sendFile(csv.getBytes(StandardCharsets.UTF_8), "zelfscans-cohort-" + id + ".csv", true);
    }

    /** The members who share their feedback result with this cohort. */
    public Set<Long> getSharedFeedback() {
        return grid().sharedFeedback();
    }

    public List<FrameworkAxis> getAxes() {
        return framework.currentAxes();
    }

    public int getGroupMinimum() {
        load();
        return page.isFacilitator() ? ScanService.GROUP_MINIMUM : ProgressService.COORDINATOR_MINIMUM;
    }

    public List<ScheduleOverride> getOverrides() {
        load();
        return meetingService.overrides(page.cohort());
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
