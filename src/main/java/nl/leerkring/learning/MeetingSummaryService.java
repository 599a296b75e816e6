package nl.leerkring.learning;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.account.AccountService;
import nl.leerkring.account.Person;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortMember;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.learning.session.GroupQuestionService;
import nl.leerkring.learning.session.GroupSession;
import nl.leerkring.mail.Outbox;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Links;
import nl.leerkring.platform.Moments;
import nl.leerkring.platform.Texts;

/**
 * The summary after a meeting: drafted from the meeting record (the shared question, the agreed
 * homework, the theory for next time), edited and sent by a facilitator of the cohort to every
 * accepted participant, one mail each (key {@code summary:<meetingId>:<personId>}, so a double
 * click or a re-send mails nobody twice), then shown on the participants' cohort page. Lives in
 * {@code learning} because it reads the shared question; it uses {@code cohort}, never the other
 * way round. Who may not manage the meeting gets 404.
 */
@Stateless
public class MeetingSummaryService {

    /** The edit page's content: the meeting, what is saved so far, the text to edit, the next meeting. */
    public record Draft(Meeting meeting, MeetingSummary saved, String text, Meeting next, boolean held) {
    }

    /** A held meeting of a facilitator's cohort whose summary is due or overdue. */
    public record Warning(Cohort cohort, Meeting meeting, SummaryDue.State state) {

        public boolean isOverdue() {
            return state == SummaryDue.State.OVERDUE;
        }
    }

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Clock clock;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private AccountService accounts;
    @Inject
    private GroupQuestionService groupQuestions;
    @Inject
    private Outbox outbox;
    @Inject
    private Links links;
    @Inject
    private Moments moments;

    /** The saved summary, or a fresh draft in the facilitator's language. */
    public Draft draft(long meetingId, long actorId, Locale locale) {
        Meeting meeting = meetingService.getMeetingToManage(meetingId, actorId);
        Meeting next = next(meeting);
        Optional<MeetingSummary> saved = find(meetingId);
        String text = saved.map(MeetingSummary::getText).orElseGet(() -> draftText(meeting, next, locale));
        return new Draft(meeting, saved.orElse(null), text, next, isHeld(meeting));
    }

    public MeetingSummary save(long meetingId, String text, long actorId) {
        Meeting meeting = meetingService.getMeetingToManage(meetingId, actorId);
        MeetingSummary summary = find(meetingId).orElse(null);
        if (summary == null) {
            summary = new MeetingSummary(meeting, text, now());
            em.persist(summary);
        } else {
            summary.edit(text, now());
        }
        em.flush();
        return summary;
    }

    /**
     * Saves the text and mails it to every accepted participant who has not had it yet; answers
     * how many mails were queued now. Only a meeting that has started can get its summary sent.
     */
    public int send(long meetingId, String text, long actorId) {
        Meeting meeting = meetingService.getMeetingToManage(meetingId, actorId);
        if (!isHeld(meeting)) {
            throw new BusinessException("summary.notHeld", meeting.getNumber());
        }
        MeetingSummary summary = save(meetingId, text, actorId);
        summary.sent(accounts.getPerson(actorId), now());
        Cohort cohort = meeting.getCohort();
        Meeting next = next(meeting);
        int queued = 0;
        for (CohortMember member : cohorts.members(cohort)) {
            Person person = member.getPerson();
            String key = "summary:" + meetingId + ":" + person.getId();
            if (outbox.findByKey(key).isPresent()) {
                continue;
            }
            Locale locale = Texts.supported(person.getLocale());
            outbox.queue(key, person.getEmail(), person.getDisplayName(), locale, "meeting-summary", Map.of(
                    "name", person.getDisplayName(),
                    "cohort", cohort.getName(),
                    "meeting", meetingName(meeting, locale),
                    "summary", summary.getText(),
                    "next", nextMeeting(next, locale),
                    "facilitator", accounts.getPerson(actorId).getDisplayName(),
                    "planLink", links.to("/learning/plans.xhtml?cohort=" + cohort.getId()),
                    "reflectLink", links.to("/learning/reflect.xhtml?meeting=" + meetingId)), false);
            queued++;
        }
        return queued;
    }

    /** The sent summaries of the cohorts the person takes part in, newest first: one query. */
    public List<MeetingSummary> sentFor(long personId) {
        return em.createNamedQuery(MeetingSummary.SENT_FOR_MEMBER, MeetingSummary.class)
                .setParameter("person", personId).getResultList();
    }

    /**
     * The held meetings of these cohorts whose summary is due or overdue, the oldest first. Two
     * queries however many cohorts and meetings: the meetings, and which of them have a sent summary.
     */
    public List<Warning> warnings(List<Cohort> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        return warnings(list, meetingService.meetings(list));
    }

    /** As {@link #warnings(List)} for cohorts whose meetings the caller has loaded already: one query. */
    public List<Warning> warnings(List<Cohort> list, Map<Long, List<Meeting>> meetings) {
        if (list.isEmpty()) {
            return List.of();
        }
        Set<Long> sent = new HashSet<>(em.createNamedQuery(MeetingSummary.SENT_MEETINGS_OF_COHORTS, Long.class)
                .setParameter("cohorts", list.stream().map(Cohort::getId).toList()).getResultList());
        LocalDateTime now = meetingService.localNow();
        List<Warning> warnings = new ArrayList<>();
        for (Cohort cohort : list) {
            for (Meeting meeting : meetings.getOrDefault(cohort.getId(), List.of())) {
                SummaryDue.State state = SummaryDue.of(meeting.getStartsAt(), sent.contains(meeting.getId()), now);
                if (state != SummaryDue.State.NONE) {
                    warnings.add(new Warning(cohort, meeting, state));
                }
            }
        }
        return warnings;
    }

    /** The next meeting's day, time and place in the reader's language, or that there is none. */
    public static String nextMeeting(Meeting next, Locale locale) {
        if (next == null) {
            return Texts.get(locale, "summary.noNextMeeting");
        }
        String when = formatted(next.getStartsAt(), locale);
        List<String> where = new ArrayList<>();
        if (next.getLocation() != null) {
            where.add(next.getLocation());
        }
        if (next.getOnlineLink() != null) {
            where.add(next.getOnlineLink());
        }
        return where.isEmpty() ? when : when + ", " + String.join(", ", where);
    }

    /** A wall-clock date-time as a reader of this language writes it. */
    public static String formatted(LocalDateTime dateTime, Locale locale) {
        return dateTime.format(DateTimeFormatter.ofPattern(Texts.get(locale, "summary.dateTimePattern"),
                Texts.supported(locale)));
    }

    public static String meetingName(Meeting meeting, Locale locale) {
        return meeting.isStartMeeting() ? Texts.get(locale, "cohort.startMeeting")
                : Texts.get(locale, "cohort.workMeeting") + " " + meeting.getNumber();
    }

    private String draftText(Meeting meeting, Meeting next, Locale locale) {
        StringBuilder text = new StringBuilder();
        List<GroupSession> shared = groupQuestions.sharedQuestions(meeting.getCohort().getId());
        if (!shared.isEmpty()) {
            text.append(Texts.get(locale, "summary.draft.question")).append('\n');
            for (GroupSession session : shared) {
                if (session.getGroup() != null) {
                    text.append(session.getGroup().getName()).append(": ");
                }
                text.append(session.getSharedQuestion()).append('\n');
            }
            text.append('\n');
        }
        text.append(Texts.get(locale, "summary.draft.agreed")).append('\n')
                .append(meeting.getHomework() == null ? Texts.get(locale, "summary.draft.nothingRecorded")
                        : meeting.getHomework())
                .append("\n\n");
        if (next != null) {
            text.append(Texts.get(locale, "summary.draft.theory")).append('\n')
                    .append(next.getAgenda().getTheory() == null ? Texts.get(locale, "summary.draft.nothingRecorded")
                            : next.getAgenda().getTheory())
                    .append('\n');
        }
        String drafted = text.toString().strip();
        return drafted.length() > MeetingSummary.TEXT_MAX ? drafted.substring(0, MeetingSummary.TEXT_MAX) : drafted;
    }

    private Meeting next(Meeting meeting) {
        return meetingService.meetings(meeting.getCohort()).stream()
                .filter(m -> m.getNumber() == meeting.getNumber() + 1).findFirst().orElse(null);
    }

    private Optional<MeetingSummary> find(long meetingId) {
        return em.createNamedQuery(MeetingSummary.FIND_FOR_MEETING, MeetingSummary.class)
                .setParameter("meeting", meetingId).getResultStream().findFirst();
    }

    private boolean isHeld(Meeting meeting) {
        return meeting.hasStarted(meetingService.localNow());
    }

    /** When the summary was first sent, on the wall clock of the meetings (the database keeps UTC). */
    public LocalDateTime sentLocal(MeetingSummary summary) {
        return moments.local(summary.getSentAt());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
