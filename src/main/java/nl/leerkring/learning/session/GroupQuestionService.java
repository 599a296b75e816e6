package nl.leerkring.learning.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.account.AccountService;
import nl.leerkring.cohort.CheckedCohort;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.cohort.CohortGroup;
import nl.leerkring.cohort.CohortMember;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.instrument.FrameworkService;
import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.NotFoundException;

/**
 * The shared learning question by the nominal group technique, run live: the facilitator starts a
 * session and moves it on step by step, the participants enter ideas on their own devices and vote.
 * Every method takes the acting person and checks access; a session that is not theirs answers 404.
 * Ideas never leave this service with their author.
 */
@Stateless
public class GroupQuestionService {

    /** How many ideas one participant may enter in a session. */
    public static final int IDEAS_PER_PARTICIPANT_MAX = 10;

    /** An idea as the pages show it: the text, the texts merged into it, and never who wrote it. */
    public record IdeaView(long id, String text, List<String> mergedTexts) {
    }

    /** What changes while the facilitator waits: counted, never the texts. */
    public record Progress(int ideas, int authors, int participants, int voted) {
    }

    /** An idea's place in the result, with its share of the highest score for the bar (0 to 100 in steps of 5). */
    public record RankedIdea(int rank, String text, int points, int voters, int barPercent) {
    }

    /** The ranked result and how many of the participants voted. */
    public record Outcome(List<RankedIdea> ranking, int voted, int eligible) {
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
    private FrameworkService framework;
    @Inject
    private AccountService accounts;

    // ------------------------------------------------------------------ access

    /** A session of a cohort the person facilitates. */
    public GroupSession getToRun(long sessionId, long actorId) {
        GroupSession session = em.find(GroupSession.class, sessionId);
        return checkFacilitator(session, actorId);
    }

    /** A session the person takes part in: a member of its cohort, and of its group if it has one. */
    public GroupSession getToTakePart(long sessionId, long actorId) {
        GroupSession session = em.find(GroupSession.class, sessionId);
        return checkParticipant(session, actorId);
    }

    private GroupSession lockToRun(long sessionId, long actorId) {
        return checkFacilitator(em.find(GroupSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE), actorId);
    }

    private GroupSession lockToTakePart(long sessionId, long actorId) {
        return checkParticipant(em.find(GroupSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE), actorId);
    }

    private static GroupSession checkFacilitator(GroupSession session, long actorId) {
        if (session == null || !session.getCohort().isFacilitatedBy(actorId)) {
            throw new NotFoundException();
        }
        return session;
    }

    private GroupSession checkParticipant(GroupSession session, long actorId) {
        if (session == null || participants(session).stream().noneMatch(m -> m.getPerson().getId() == actorId)) {
            throw new NotFoundException();
        }
        return session;
    }

    /** The members who take part: the session's group, or the whole cohort. */
    private List<CohortMember> participants(GroupSession session) {
        return cohorts.members(session.getCohort()).stream()
                .filter(m -> session.getGroup() == null
                        || (m.getGroup() != null && m.getGroup().getId().equals(session.getGroup().getId())))
                .toList();
    }

    // ------------------------------------------------------------------ the facilitator

    /** The sessions of a cohort checked for its facilitators (else 404), newest first. */
    public List<GroupSession> sessionsOf(CheckedCohort cohort) {
        return sessions(cohort.withPeople().id());
    }

    private List<GroupSession> sessions(long cohortId) {
        return em.createNamedQuery(GroupSession.LIST_FOR_COHORT, GroupSession.class)
                .setParameter("cohort", cohortId).getResultList();
    }

    /**
     * Starts a session for the cohort, or for one of its groups when it has groups. Only one
     * session per cohort or group is open at a time.
     */
    public GroupSession start(long cohortId, Long groupId, long actorId) {
        Cohort cohort = cohorts.getToManage(cohortId, actorId);
        em.lock(cohort, LockModeType.PESSIMISTIC_WRITE);
        List<CohortGroup> groups = cohorts.groups(cohort);
        CohortGroup group = null;
        if (groupId != null) {
            group = groups.stream().filter(g -> g.getId().equals(groupId)).findFirst()
                    .orElseThrow(NotFoundException::new);
        } else if (!groups.isEmpty()) {
            throw new BusinessException("learning.group.groupRequired");
        }
        Long wanted = groupId;
        boolean open = sessions(cohortId).stream()
                .anyMatch(s -> s.isOpen() && Objects.equals(wanted, s.getGroup() == null ? null : s.getGroup().getId()));
        if (open) {
            throw new BusinessException("learning.group.alreadyOpen");
        }
        LocalDate today = meetingService.localNow().toLocalDate();
        Meeting meeting = meetingService.meetings(cohort).stream()
                .filter(m -> m.getStartsAt().toLocalDate().equals(today)).findFirst().orElse(null);
        GroupSession session = new GroupSession(cohort, group, meeting, accounts.getPerson(actorId), now());
        em.persist(session);
        em.flush();
        return session;
    }

    /** The next step. Voting needs at least one idea. */
    public SessionStage advance(long sessionId, long actorId) {
        GroupSession session = lockToRun(sessionId, actorId);
        if (session.getStage() == SessionStage.GENERATING && ideas(session).isEmpty()) {
            throw new BusinessException("learning.group.noIdeas");
        }
        session.advance();
        return session.getStage();
    }

    /** While clarifying: {@code ideaId} becomes part of {@code intoIdeaId}, and so do the ideas merged into it. */
    public void merge(long ideaId, long intoIdeaId, long actorId) {
        GroupIdea idea = findIdea(ideaId);
        GroupSession session = lockToRun(idea.getSession().getId(), actorId);
        session.requireStage(SessionStage.CLARIFYING);
        GroupIdea into = findIdea(intoIdeaId);
        if (!into.getSession().getId().equals(session.getId())) {
            throw new NotFoundException();
        }
        for (GroupIdea other : ideas(session)) {
            if (idea.getId().equals(other.getMergedIntoId())) {
                other.repointTo(into);
            }
        }
        idea.mergeInto(into);
    }

    /** While clarifying: the facilitator rewords an idea with the group. */
    public void reword(long ideaId, String text, long actorId) {
        GroupIdea idea = findIdea(ideaId);
        GroupSession session = lockToRun(idea.getSession().getId(), actorId);
        session.requireStage(SessionStage.CLARIFYING);
        idea.reword(text);
    }

    /** At the result: the shared question the group arrived at, tied to a competence area; closes the session. */
    public void record(long sessionId, String question, long axisId, long actorId) {
        GroupSession session = lockToRun(sessionId, actorId);
        FrameworkAxis axis = areas().stream().filter(a -> a.getId() == axisId).findFirst()
                .orElseThrow(NotFoundException::new);
        session.record(question, axis, now());
    }

    /** The competence areas a shared question can be tied to: the axes of the framework in force. */
    public List<FrameworkAxis> areas() {
        return framework.currentAxes();
    }

    // ------------------------------------------------------------------ the participant

    public GroupIdea addIdea(long sessionId, String text, long actorId) {
        GroupSession session = lockToTakePart(sessionId, actorId);
        session.requireStage(SessionStage.GENERATING);
        long own = ideas(session).stream().filter(i -> i.isBy(actorId)).count();
        if (own >= IDEAS_PER_PARTICIPANT_MAX) {
            throw new BusinessException("learning.group.tooManyIdeas", IDEAS_PER_PARTICIPANT_MAX);
        }
        GroupIdea idea = new GroupIdea(session, actorId, text, now());
        em.persist(idea);
        em.flush();
        return idea;
    }

    public void editIdea(long ideaId, String text, long actorId) {
        ownIdeaWhileGenerating(ideaId, actorId).reword(text);
    }

    public void deleteIdea(long ideaId, long actorId) {
        em.remove(ownIdeaWhileGenerating(ideaId, actorId));
    }

    private GroupIdea ownIdeaWhileGenerating(long ideaId, long actorId) {
        GroupIdea idea = findIdea(ideaId);
        GroupSession session = lockToTakePart(idea.getSession().getId(), actorId);
        if (!idea.isBy(actorId)) {
            throw new NotFoundException();
        }
        session.requireStage(SessionStage.GENERATING);
        return idea;
    }

    /**
     * The participant's ballot, first choice first, replacing an earlier one. A choice may be left
     * open (null); at most three, no idea twice, only ideas of this session that were not merged.
     */
    public void vote(long sessionId, List<Long> rankedIdeaIds, long actorId) {
        GroupSession session = lockToTakePart(sessionId, actorId);
        session.requireStage(SessionStage.VOTING);
        if (rankedIdeaIds.size() > VoteCount.MAX_CHOICES) {
            throw new BusinessException("learning.group.voteTooMany", VoteCount.MAX_CHOICES);
        }
        Set<Long> votable = new HashSet<>();
        ideas(session).stream().filter(i -> !i.isMerged()).forEach(i -> votable.add(i.getId()));
        Set<Long> chosen = new HashSet<>();
        for (Long ideaId : rankedIdeaIds) {
            if (ideaId == null) {
                continue;
            }
            if (!votable.contains(ideaId)) {
                throw new NotFoundException();
            }
            if (!chosen.add(ideaId)) {
                throw new BusinessException("learning.group.voteDuplicate");
            }
        }
        if (chosen.isEmpty()) {
            throw new BusinessException("learning.group.voteEmpty");
        }
        em.createNamedQuery(GroupVote.DELETE_BALLOT).setParameter("session", sessionId).setParameter("voter", actorId)
                .executeUpdate();
        for (int position = 0; position < rankedIdeaIds.size(); position++) {
            Long ideaId = rankedIdeaIds.get(position);
            if (ideaId != null) {
                em.persist(new GroupVote(session, actorId, ideaId, VoteCount.pointsFor(position)));
            }
        }
    }

    /** The participant's current ballot as three choices (null where left open). */
    public List<Long> ballotOf(GroupSession session, long voterId) {
        Long[] slots = new Long[VoteCount.MAX_CHOICES];
        for (GroupVote vote : votes(session)) {
            if (vote.getVoterId() == voterId) {
                slots[VoteCount.MAX_CHOICES - vote.getPoints()] = vote.getIdeaId();
            }
        }
        return Arrays.asList(slots);
    }

    // ------------------------------------------------------------------ what the pages show

    /** The counts the live board shows: a constant number of queries whatever the size of the group. */
    public Progress progress(GroupSession session) {
        Object[] counts = em.createNamedQuery(GroupIdea.COUNT_FOR_SESSION, Object[].class)
                .setParameter("session", session.getId()).getSingleResult();
        long voted = em.createNamedQuery(GroupVote.VOTERS_IN_SESSION, Long.class)
                .setParameter("session", session.getId()).getSingleResult();
        return new Progress(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(),
                participants(session).size(), (int) voted);
    }

    /** The participant's own ideas (while generating nobody else sees them). */
    public List<GroupIdea> ownIdeas(GroupSession session, long personId) {
        return ideas(session).stream().filter(i -> i.isBy(personId)).toList();
    }

    /**
     * The ideas after generating, in round-robin order (everybody's first idea, then everybody's
     * second, ...), the merged ones listed under the idea they are part of. Empty while generating.
     */
    public List<IdeaView> revealedIdeas(GroupSession session) {
        if (session.getStage() == SessionStage.GENERATING) {
            return List.of();
        }
        List<GroupIdea> all = RoundRobin.order(ideas(session), GroupIdea::getAuthorId);
        Map<Long, List<String>> merged = new HashMap<>();
        for (GroupIdea idea : all) {
            if (idea.isMerged()) {
                merged.computeIfAbsent(idea.getMergedIntoId(), k -> new ArrayList<>()).add(idea.getText());
            }
        }
        return all.stream().filter(i -> !i.isMerged())
                .map(i -> new IdeaView(i.getId(), i.getText(), merged.getOrDefault(i.getId(), List.of())))
                .toList();
    }

    /** The ranked result, once voting is over. */
    public Outcome outcome(GroupSession session) {
        if (session.getStage() != SessionStage.RESULT && session.getStage() != SessionStage.CLOSED) {
            throw new BusinessException("learning.group.wrongStage");
        }
        List<IdeaView> ideas = revealedIdeas(session);
        Map<Long, String> texts = new HashMap<>();
        ideas.forEach(i -> texts.put(i.id(), i.text()));
        Map<Long, List<Long>> ballots = new LinkedHashMap<>();
        Set<Long> eligible = new HashSet<>();
        participants(session).forEach(m -> eligible.add(m.getPerson().getId()));
        for (GroupVote vote : votes(session)) {
            if (eligible.contains(vote.getVoterId())) {
                List<Long> ballot = ballots.computeIfAbsent(vote.getVoterId(),
                        k -> new ArrayList<>(Collections.nCopies(VoteCount.MAX_CHOICES, (Long) null)));
                ballot.set(VoteCount.MAX_CHOICES - vote.getPoints(), vote.getIdeaId());
            }
        }
        VoteCount.Result result = VoteCount.count(ideas.stream().map(IdeaView::id).toList(), ballots, eligible.size());
        int max = result.maxPoints();
        List<RankedIdea> ranking = result.ranking().stream()
                .map(r -> new RankedIdea(r.rank(), texts.get(r.ideaId()), r.points(), r.voters(),
                        Math.round(r.points() * 20f / max) * 5))
                .toList();
        return new Outcome(ranking, result.voted(), result.eligible());
    }

    // ------------------------------------------------------------------ for other features

    /** The recorded shared question per group (or of the cohort when it has no groups): the latest closed session of each. */
    public List<GroupSession> sharedQuestions(long cohortId) {
        Map<Long, GroupSession> latest = new LinkedHashMap<>();
        sessions(cohortId).stream()
                .filter(s -> s.getStage() == SessionStage.CLOSED)
                .sorted(Comparator.comparing(GroupSession::getClosedAt).reversed())
                .forEach(s -> latest.putIfAbsent(s.getGroup() == null ? 0L : s.getGroup().getId(), s));
        return latest.values().stream()
                .sorted(Comparator.comparing((GroupSession s) -> s.getGroup() == null ? "" : s.getGroup().getName()))
                .toList();
    }

    /** The shared question of the participant's group (or of the cohort when it has no groups). */
    public Optional<GroupSession> sharedQuestionFor(long cohortId, long participantId) {
        return Optional.ofNullable(sharedQuestionsFor(participantId).get(cohortId));
    }

    /** Per cohort id: the shared question the participant's group recorded last. */
    public Map<Long, GroupSession> sharedQuestionsFor(long participantId) {
        Map<Long, GroupSession> byCohort = new HashMap<>();
        sessionsFor(participantId).stream()
                .filter(s -> s.getStage() == SessionStage.CLOSED)
                .sorted(Comparator.comparing((GroupSession s) -> s.getGroup() == null)
                        .thenComparing(GroupSession::getClosedAt, Comparator.reverseOrder()))
                .forEach(s -> byCohort.putIfAbsent(s.getCohort().getId(), s));
        return byCohort;
    }

    /** Per cohort id: the open session the participant can take part in. */
    public Map<Long, GroupSession> openSessionsFor(long participantId) {
        Map<Long, GroupSession> byCohort = new HashMap<>();
        sessionsFor(participantId).stream().filter(GroupSession::isOpen)
                .forEach(s -> byCohort.putIfAbsent(s.getCohort().getId(), s));
        return byCohort;
    }

    private List<GroupSession> sessionsFor(long participantId) {
        return em.createNamedQuery(GroupSession.LIST_FOR_PARTICIPANT, GroupSession.class)
                .setParameter("person", participantId).getResultList();
    }

    // ------------------------------------------------------------------ helpers

    private GroupIdea findIdea(long ideaId) {
        GroupIdea idea = em.find(GroupIdea.class, ideaId);
        if (idea == null) {
            throw new NotFoundException();
        }
        return idea;
    }

    private List<GroupIdea> ideas(GroupSession session) {
        return em.createNamedQuery(GroupIdea.LIST_FOR_SESSION, GroupIdea.class)
                .setParameter("session", session.getId()).getResultList();
    }

    private List<GroupVote> votes(GroupSession session) {
        return em.createNamedQuery(GroupVote.LIST_FOR_SESSION, GroupVote.class)
                .setParameter("session", session.getId()).getResultList();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
