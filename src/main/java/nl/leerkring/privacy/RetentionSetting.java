package nl.leerkring.privacy;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.leerkring.platform.BusinessException;

/** How many months after a cohort's last meeting a partnership keeps its participants' personal data. */
@Entity
@Table(name = "retention_setting")
public class RetentionSetting {

    public static final int DEFAULT_MONTHS = 24;
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 240;
    public static final int PARTNERSHIP_MAX = 120;

    @Id
    @Column(name = "partnership", length = PARTNERSHIP_MAX)
    private String partnership;

    @Column(name = "retention_months", nullable = false)
    private int months;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RetentionSetting() {
    }

    RetentionSetting(String partnership, int months, LocalDateTime now) {
        this.partnership = partnership;
        change(months, now);
    }

    void change(int newMonths, LocalDateTime now) {
        if (newMonths < MIN_MONTHS || newMonths > MAX_MONTHS) {
            throw new BusinessException("privacy.retention.monthsOutOfRange", MIN_MONTHS, MAX_MONTHS);
        }
        this.months = newMonths;
        this.updatedAt = now;
    }

    public String getPartnership() {
        return partnership;
    }

    public int getMonths() {
        return months;
    }
}
