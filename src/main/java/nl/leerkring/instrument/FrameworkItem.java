package nl.leerkring.instrument;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
 * A statement, sub-statement or open question of one form in one version, in the seed's
 * wording. The key is stable across versions ("S01"); a feedback statement names the
 * self-scan statement it mirrors.
 */
@Entity
@Table(name = "framework_item")
@NamedQuery(name = FrameworkItem.LIST_FOR_FORM, query = """
        SELECT i FROM FrameworkItem i WHERE i.version.id = :version AND i.form = :form ORDER BY i.sortOrder""")
public class FrameworkItem {

    public static final String LIST_FOR_FORM = "FrameworkItem.listForForm";
    public static final int WORDING_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", nullable = false)
    private FrameworkVersion version;

    @Column(name = "axis_number", nullable = false)
    private int axisNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 30)
    private Form form;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ItemKind kind;

    @Column(name = "item_key", nullable = false, length = 10)
    private String key;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "wording", nullable = false, length = WORDING_MAX)
    private String wording;

    @Column(name = "parent_key", length = 10)
    private String parentKey;

    @Column(name = "mirrors_key", length = 10)
    private String mirrorsKey;

    protected FrameworkItem() {
    }

    /** A new statement in a draft version. */
    FrameworkItem(FrameworkVersion version, int axisNumber, Form form, String key, int sortOrder, String wording) {
        this(axisNumber, form, ItemKind.STATEMENT, key, sortOrder, "-");
        this.version = version;
        reword(wording);
    }

    /** For tests and for copying a version. */
    public FrameworkItem(int axisNumber, Form form, ItemKind kind, String key, int sortOrder, String wording) {
        this.axisNumber = axisNumber;
        this.form = form;
        this.kind = kind;
        this.key = key;
        this.sortOrder = sortOrder;
        this.wording = wording;
    }

    /** A copy of this item in another version, same key, so results stay comparable. */
    FrameworkItem copyTo(FrameworkVersion target) {
        FrameworkItem copy = new FrameworkItem(axisNumber, form, kind, key, sortOrder, wording);
        copy.version = target;
        copy.parentKey = parentKey;
        copy.mirrorsKey = mirrorsKey;
        return copy;
    }

    /** New wording; only in a version that is not published. */
    void reword(String newWording) {
        checkDraft();
        String checked = Text.multiLine(newWording, WORDING_MAX, "field.wording");
        if (checked == null) {
            throw new BusinessException("framework.wordingInvalid", WORDING_MAX);
        }
        this.wording = checked;
    }

    void placeAt(int newSortOrder) {
        checkDraft();
        this.sortOrder = newSortOrder;
    }

    void forgetMirror() {
        this.mirrorsKey = null;
    }

    void checkDraft() {
        if (version.isPublished()) {
            throw new BusinessException("framework.alreadyPublished");
        }
    }

    /** Answered on the scale (statement or sub-statement). */
    public boolean isScaled() {
        return kind != ItemKind.OPEN_QUESTION;
    }

    public Long getId() {
        return id;
    }

    public FrameworkVersion getVersion() {
        return version;
    }

    public int getAxisNumber() {
        return axisNumber;
    }

    public Form getForm() {
        return form;
    }

    public ItemKind getKind() {
        return kind;
    }

    public String getKey() {
        return key;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getWording() {
        return wording;
    }

    public String getParentKey() {
        return parentKey;
    }

    public String getMirrorsKey() {
        return mirrorsKey;
    }
}
