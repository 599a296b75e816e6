package nl.leerkring.account;

import java.time.LocalDateTime;

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

import nl.leerkring.platform.Role;

/**
 * One look at someone's personal data by someone else (issue 16 §5): who opened whose self-scan,
 * feedback result or reflection, in which role, and when (UTC). Written by the service that served
 * the read, never changed afterwards; the person concerned reads it on their privacy page.
 */
@Entity
@Table(name = "access_log")
@NamedQuery(name = AccessLogEntry.ABOUT, query = """
        SELECT e FROM AccessLogEntry e JOIN FETCH e.viewer
        WHERE e.subject.id = :person ORDER BY e.openedAt DESC, e.id DESC""")
@NamedQuery(name = AccessLogEntry.DELETE_BEFORE, query = "DELETE FROM AccessLogEntry e WHERE e.openedAt < :before")
public class AccessLogEntry {

    public static final String ABOUT = "AccessLogEntry.about";
    public static final String DELETE_BEFORE = "AccessLogEntry.deleteBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id", nullable = false)
    private Person subject;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "viewer_id", nullable = false)
    private Person viewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "viewer_role", nullable = false, length = 20)
    private Role viewerRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private AccessKind kind;

    @Column(name = "record_id")
    private Long recordId;

    @Column(name = "opened_at", nullable = false)
    private LocalDateTime openedAt;

    protected AccessLogEntry() {
    }

    AccessLogEntry(Person subject, Person viewer, Role viewerRole, AccessKind kind, Long recordId, LocalDateTime openedAt) {
        if (subject.getId().equals(viewer.getId())) {
            throw new IllegalArgumentException("An owner reading their own data is not logged");
        }
        if (viewerRole == Role.PARTICIPANT) {
            throw new IllegalArgumentException("Only facilitators and coordinators are logged");
        }
        this.subject = subject;
        this.viewer = viewer;
        this.viewerRole = viewerRole;
        this.kind = kind;
        this.recordId = recordId;
        this.openedAt = openedAt;
    }

    public Long getId() {
        return id;
    }

    public Person getSubject() {
        return subject;
    }

    public Person getViewer() {
        return viewer;
    }

    public Role getViewerRole() {
        return viewerRole;
    }

    public AccessKind getKind() {
        return kind;
    }

    public Long getRecordId() {
        return recordId;
    }

    public LocalDateTime getOpenedAt() {
        return openedAt;
    }
}
