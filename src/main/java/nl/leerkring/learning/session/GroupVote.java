package nl.leerkring.learning.session;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One choice on a participant's ballot: the idea and its points (3 for the first choice, 2 for the
 * second, 1 for the third). Voter and idea are ids: a ballot is counted, never navigated.
 */
@Entity
@Table(name = "group_vote")
@NamedQuery(name = GroupVote.LIST_FOR_SESSION,
        query = "SELECT v FROM GroupVote v WHERE v.session.id = :session ORDER BY v.voterId, v.points DESC")
@NamedQuery(name = GroupVote.VOTERS_IN_SESSION,
        query = "SELECT COUNT(DISTINCT v.voterId) FROM GroupVote v WHERE v.session.id = :session")
@NamedQuery(name = GroupVote.DELETE_BALLOT,
        query = "DELETE FROM GroupVote v WHERE v.session.id = :session AND v.voterId = :voter")
public class GroupVote {

    public static final String LIST_FOR_SESSION = "GroupVote.listForSession";
    public static final String VOTERS_IN_SESSION = "GroupVote.votersInSession";
    public static final String DELETE_BALLOT = "GroupVote.deleteBallot";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private GroupSession session;

    @Column(name = "voter_id", nullable = false)
    private long voterId;

    @Column(name = "idea_id", nullable = false)
    private long ideaId;

    @Column(name = "points", nullable = false)
    private int points;

    protected GroupVote() {
    }

    GroupVote(GroupSession session, long voterId, long ideaId, int points) {
        session.requireStage(SessionStage.VOTING);
        if (points < 1 || points > VoteCount.MAX_CHOICES) {
            throw new IllegalArgumentException("points " + points);
        }
        this.session = Objects.requireNonNull(session);
        this.voterId = voterId;
        this.ideaId = ideaId;
        this.points = points;
    }

    public long getVoterId() {
        return voterId;
    }

    public long getIdeaId() {
        return ideaId;
    }

    public int getPoints() {
        return points;
    }
}
