package nl.leerkring.instrument;

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
 * An axis of the radar: a competence area, and for the opleidingsdidactic area the role
 * (poortwachter, leraar van leraren) that splits it in two.
 */
@Entity
@Table(name = "framework_axis")
@NamedQuery(name = FrameworkAxis.LIST_CURRENT, query = """
        SELECT a FROM FrameworkAxis a JOIN FETCH a.version v
        WHERE v.publishedAt IS NOT NULL
          AND v.number = (SELECT MAX(w.number) FROM FrameworkVersion w WHERE w.publishedAt IS NOT NULL)
        ORDER BY a.number""")
@NamedQuery(name = FrameworkAxis.LIST_FOR_VERSION,
        query = "SELECT a FROM FrameworkAxis a WHERE a.version.id = :version ORDER BY a.number")
public class FrameworkAxis {

    public static final String LIST_FOR_VERSION = "FrameworkAxis.listForVersion";
    public static final String LIST_CURRENT = "FrameworkAxis.listCurrent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "version_id", nullable = false)
    private FrameworkVersion version;

    @Column(name = "axis_number", nullable = false)
    private int number;

    @Column(name = "area", nullable = false, length = 120)
    private String area;

    @Column(name = "role_name", length = 120)
    private String roleName;

    protected FrameworkAxis() {
    }

    /** A copy of this axis in another version. */
    FrameworkAxis copyTo(FrameworkVersion target) {
        FrameworkAxis copy = new FrameworkAxis(number, area, roleName);
        copy.version = target;
        return copy;
    }

    /** For tests and for copying a version. */
    public FrameworkAxis(int number, String area, String roleName) {
        this.number = number;
        this.area = area;
        this.roleName = roleName;
    }

    /** "Opleidingsdidactische bekwaamheden (poortwachter)", or just the area. */
    public String getLabel() {
        return roleName == null ? area : area + " (" + roleName + ")";
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getArea() {
        return area;
    }

    public String getRoleName() {
        return roleName;
    }
}
