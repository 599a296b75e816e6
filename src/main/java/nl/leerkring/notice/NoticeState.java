package nl.leerkring.notice;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Per person: until when they saw their notices, until when the last digest covered them, and whether they want it. */
@Entity
@Table(name = "notice_state")
public class NoticeState {

    @Id
    @Column(name = "person_id")
    private Long personId;

    @Column(name = "seen_until")
    private LocalDateTime seenUntil;

    @Column(name = "digest_until")
    private LocalDateTime digestUntil;

    @Column(name = "digest_on", nullable = false)
    private boolean digestOn = true;

    @Version
    @Column(name = "version", nullable = false)
    private long lockVersion;

    protected NoticeState() {
    }

    NoticeState(long personId) {
        this.personId = personId;
    }

    /** Never moves back: a page opened before a later "seen" must not bring old notices back. */
    void seenUntil(LocalDateTime moment) {
        if (seenUntil == null || moment.isAfter(seenUntil)) {
            seenUntil = moment;
        }
    }

    void digestUntil(LocalDateTime moment) {
        if (digestUntil == null || moment.isAfter(digestUntil)) {
            digestUntil = moment;
        }
    }

    void digestOn(boolean on) {
        this.digestOn = on;
    }

    public Long getPersonId() {
        return personId;
    }

    public LocalDateTime getSeenUntil() {
        return seenUntil;
    }

    public LocalDateTime getDigestUntil() {
        return digestUntil;
    }

    public boolean isDigestOn() {
        return digestOn;
    }
}
