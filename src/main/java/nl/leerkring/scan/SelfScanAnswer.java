package nl.leerkring.scan;

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

/** One answer of a self-scan, always on the scale of the scan's version. */
@Entity
@Table(name = "self_scan_answer")
@NamedQuery(name = SelfScanAnswer.LIST_FOR_SCANS,
        query = "SELECT a FROM SelfScanAnswer a JOIN FETCH a.item WHERE a.scan.id IN :scans")
public class SelfScanAnswer {

    public static final String LIST_FOR_SCANS = "SelfScanAnswer.listForScans";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "scan_id", nullable = false)
    private SelfScan scan;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id", nullable = false)
    private FrameworkItem item;

    @Column(name = "answer", nullable = false)
    private int answer;

    protected SelfScanAnswer() {
    }

    SelfScanAnswer(SelfScan scan, FrameworkItem item, int answer) {
        this.scan = scan;
        this.item = item;
        change(answer);
    }

    void change(int newAnswer) {
        scan.checkEditable();
        scan.getVersion().checkOnScale(newAnswer);
        this.answer = newAnswer;
    }

    public SelfScan getScan() {
        return scan;
    }

    public FrameworkItem getItem() {
        return item;
    }

    public int getAnswer() {
        return answer;
    }
}
