package nl.leerkring.instrument;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerkring.platform.BusinessException;

/** One version of the competence framework with its answer scale. */
@Entity
@Table(name = "framework_version")
@NamedQuery(name = FrameworkVersion.LATEST_PUBLISHED, query = """
        SELECT v FROM FrameworkVersion v WHERE v.publishedAt IS NOT NULL ORDER BY v.number DESC""")
@NamedQuery(name = FrameworkVersion.DRAFT, query = "SELECT v FROM FrameworkVersion v WHERE v.publishedAt IS NULL")
@NamedQuery(name = FrameworkVersion.HIGHEST_NUMBER, query = "SELECT MAX(v.number) FROM FrameworkVersion v")
public class FrameworkVersion {

    public static final String LATEST_PUBLISHED = "FrameworkVersion.latestPublished";
    public static final String DRAFT = "FrameworkVersion.draft";
    public static final String HIGHEST_NUMBER = "FrameworkVersion.highestNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "version_number", nullable = false)
    private int number;

    @Column(name = "scale_points", nullable = false)
    private int scalePoints;

    @Column(name = "label_low", nullable = false, length = 80)
    private String labelLow;

    @Column(name = "label_high", nullable = false, length = 80)
    private String labelHigh;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected FrameworkVersion() {
    }

    /** A version that is not published yet. */
    public FrameworkVersion(int number, int scalePoints, String labelLow, String labelHigh, LocalDateTime now) {
        if (scalePoints < 2 || scalePoints > 11) {
            throw new BusinessException("framework.scaleInvalid");
        }
        this.number = number;
        this.scalePoints = scalePoints;
        this.labelLow = labelLow;
        this.labelHigh = labelHigh;
        this.createdAt = now;
    }

    /** Makes this version the one new scans are taken on; a published version never changes again. */
    void publish(LocalDateTime now) {
        if (publishedAt != null) {
            throw new BusinessException("framework.alreadyPublished");
        }
        publishedAt = now;
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    /** Refuses an answer outside this version's scale, whatever a browser sent. */
    public void checkOnScale(int answer) {
        if (answer < 1 || answer > scalePoints) {
            throw new BusinessException("scan.outOfScale", scalePoints);
        }
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public int getScalePoints() {
        return scalePoints;
    }

    public String getLabelLow() {
        return labelLow;
    }

    public String getLabelHigh() {
        return labelHigh;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }
}
