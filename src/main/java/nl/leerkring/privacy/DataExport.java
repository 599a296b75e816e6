package nl.leerkring.privacy;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.leerkring.platform.Tokens;

/**
 * A person's request for all their data and, once built, the ZIP itself. The link to it holds a
 * random token of which only the hash is stored; it works once, until {@link #expiresAt}.
 */
@Entity
@Table(name = "data_export")
@NamedQuery(name = DataExport.LATEST_FOR_PERSON, query = """
        SELECT e FROM DataExport e WHERE e.personId = :person ORDER BY e.requestedAt DESC, e.id DESC""")
@NamedQuery(name = DataExport.DUE_IDS, query = """
        SELECT e.id FROM DataExport e WHERE e.status = nl.leerkring.privacy.ExportStatus.PENDING
        AND (e.claimedUntil IS NULL OR e.claimedUntil < :now) ORDER BY e.id""")
@NamedQuery(name = DataExport.CLAIM, query = """
        UPDATE DataExport e SET e.claimToken = :token, e.claimedUntil = :until
        WHERE e.id = :id AND e.status = nl.leerkring.privacy.ExportStatus.PENDING
        AND (e.claimedUntil IS NULL OR e.claimedUntil < :now)""")
@NamedQuery(name = DataExport.FIND_BY_HASH, query = "SELECT e FROM DataExport e WHERE e.tokenHash = :hash")
@NamedQuery(name = DataExport.EXPIRE, query = """
        UPDATE DataExport e SET e.status = nl.leerkring.privacy.ExportStatus.EXPIRED, e.content = NULL
        WHERE e.status = nl.leerkring.privacy.ExportStatus.READY AND e.expiresAt < :now""")
public class DataExport {

    public static final String LATEST_FOR_PERSON = "DataExport.latestForPerson";
    public static final String DUE_IDS = "DataExport.dueIds";
    public static final String CLAIM = "DataExport.claim";
    public static final String FIND_BY_HASH = "DataExport.findByHash";
    public static final String EXPIRE = "DataExport.expire";

    /** How long the link in the mail works. */
    public static final Duration LINK_VALIDITY = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private ExportStatus status;

    @Column(name = "requested_at", nullable = false)
    private LocalDateTime requestedAt;

    @Column(name = "claim_token", length = 36)
    private String claimToken;

    @Column(name = "claimed_until")
    private LocalDateTime claimedUntil;

    @Column(name = "ready_at")
    private LocalDateTime readyAt;

    @Column(name = "token_hash", length = Tokens.HASH_LENGTH)
    private String tokenHash;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "fetched_at")
    private LocalDateTime fetchedAt;

    @Column(name = "size_bytes")
    private Long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content")
    private byte[] content;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected DataExport() {
    }

    DataExport(long personId, LocalDateTime now) {
        this.personId = personId;
        this.status = ExportStatus.PENDING;
        this.requestedAt = now;
    }

    /** Whether a new request would be a repeat of this one: it is still being built, or ready and not expired. */
    boolean isOpen(LocalDateTime now) {
        return status == ExportStatus.PENDING || status == ExportStatus.READY && now.isBefore(expiresAt);
    }

    /** The ZIP is built: stores it under the hash of the link's token. */
    void ready(byte[] zip, String token, LocalDateTime now) {
        if (status != ExportStatus.PENDING) {
            throw new IllegalStateException("Export " + id + " is " + status + ", not pending");
        }
        this.content = zip.clone();
        this.sizeBytes = (long) zip.length;
        this.tokenHash = Tokens.hash(token);
        this.readyAt = now;
        this.expiresAt = now.plus(LINK_VALIDITY);
        this.status = ExportStatus.READY;
        this.claimToken = null;
        this.claimedUntil = null;
    }

    /** Whether the link may be used now: ready and not expired. */
    boolean canBeFetched(LocalDateTime now) {
        return status == ExportStatus.READY && now.isBefore(expiresAt);
    }

    /** Hands the ZIP over once: after this the link answers nothing and the content is gone. */
    byte[] fetch(LocalDateTime now) {
        if (!canBeFetched(now)) {
            throw new IllegalStateException("Export " + id + " cannot be fetched");
        }
        byte[] zip = content;
        this.content = null;
        this.status = ExportStatus.FETCHED;
        this.fetchedAt = now;
        return zip;
    }

    String claimToken() {
        return claimToken;
    }

    public Long getId() {
        return id;
    }

    public long getPersonId() {
        return personId;
    }

    /** The status as a person sees it: a ready export whose link ran out is expired, even before the job marks it. */
    public ExportStatus statusAt(LocalDateTime now) {
        return status == ExportStatus.READY && !now.isBefore(expiresAt) ? ExportStatus.EXPIRED : status;
    }

    public ExportStatus getStatus() {
        return status;
    }

    public LocalDateTime getRequestedAt() {
        return requestedAt;
    }

    public LocalDateTime getReadyAt() {
        return readyAt;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public LocalDateTime getFetchedAt() {
        return fetchedAt;
    }

    public Long getSizeBytes() {
        return sizeBytes;
    }
}
