package nl.leerkring.feedback;

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

import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.platform.Text;

/** A rater's answer to one item: a point on the scale, "kan ik niet beoordelen", or words. */
@Entity
@Table(name = "feedback_answer")
@NamedQuery(name = FeedbackAnswer.LIST_FOR_REQUESTS,
        query = "SELECT a FROM FeedbackAnswer a JOIN FETCH a.item WHERE a.request.id IN :requests")
public class FeedbackAnswer {

    public static final String LIST_FOR_REQUESTS = "FeedbackAnswer.listForRequests";
    public static final int TEXT_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "request_id", nullable = false)
    private FeedbackRequest request;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private FrameworkItem item;

    @Column(name = "answer")
    private Integer answer;

    @Column(name = "cannot_judge", nullable = false)
    private boolean cannotJudge;

    @Column(name = "text_answer", length = TEXT_MAX)
    private String text;

    protected FeedbackAnswer() {
    }

    FeedbackAnswer(FeedbackRequest request, FrameworkItem item) {
        this.request = request;
        this.item = item;
    }

    /** A scale answer; 0 means "kan ik niet beoordelen". */
    void scale(int value) {
        if (value == 0) {
            answer = null;
            cannotJudge = true;
        } else {
            request.getVersion().checkOnScale(value);
            answer = value;
            cannotJudge = false;
        }
    }

    void text(String words) {
        text = Text.multiLine(words, TEXT_MAX, "field.feedbackText");
    }

    public FeedbackRequest getRequest() {
        return request;
    }

    public FrameworkItem getItem() {
        return item;
    }

    public Integer getAnswer() {
        return answer;
    }

    public boolean isCannotJudge() {
        return cannotJudge;
    }

    public String getText() {
        return text;
    }
}
