package nl.leerkring.learning.session;

import java.time.LocalDateTime;

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

import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;

/**
 * An idea for the shared question, entered silently by one participant. The author is kept as an
 * id only: it decides who may change the idea while generating and is never shown. The facilitator
 * may reword it or merge it into another while clarifying.
 */
@Entity
@Table(name = "group_idea")
@NamedQuery(name = GroupIdea.LIST_FOR_SESSION,
        query = "SELECT i FROM GroupIdea i WHERE i.session.id = :session ORDER BY i.createdAt, i.id")
@NamedQuery(name = GroupIdea.COUNT_FOR_SESSION, query = """
        SELECT COUNT(i), COUNT(DISTINCT i.authorId) FROM GroupIdea i WHERE i.session.id = :session""")
public class GroupIdea {

    public static final String LIST_FOR_SESSION = "GroupIdea.listForSession";
    public static final String COUNT_FOR_SESSION = "GroupIdea.countForSession";

    public static final int TEXT_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "session_id", nullable = false)
    private GroupSession session;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(name = "idea_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected GroupIdea() {
    }

    public GroupIdea(GroupSession session, long authorId, String text, LocalDateTime now) {
        session.requireStage(SessionStage.GENERATING);
        this.session = session;
        this.authorId = authorId;
        this.text = checked(text);
        this.createdAt = now;
    }

    private static String checked(String text) {
        String checked = Text.multiLine(text, TEXT_MAX, "field.idea");
        if (checked == null) {
            throw new BusinessException("learning.group.ideaInvalid", TEXT_MAX);
        }
        return checked;
    }

    public void reword(String newText) {
        this.text = checked(newText);
    }

    /** From now on this idea counts as part of {@code target}; it can no longer be voted for. */
    public void mergeInto(GroupIdea target) {
        session.requireStage(SessionStage.CLARIFYING);
        if (target == this || target.id.equals(id) || target.isMerged() || isMerged()) {
            throw new BusinessException("learning.group.mergeInvalid");
        }
        this.mergedIntoId = target.id;
    }

    /** The idea this one was part of is merged itself: this one follows it into {@code target}. */
    void repointTo(GroupIdea target) {
        this.mergedIntoId = target.id;
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    public boolean isBy(long personId) {
        return authorId == personId;
    }

    public Long getId() {
        return id;
    }

    public GroupSession getSession() {
        return session;
    }

    long getAuthorId() {
        return authorId;
    }

    public String getText() {
        return text;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }
}
