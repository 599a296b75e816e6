package nl.leerkring.library;

import java.io.Serializable;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An item a facilitator attached to one part of a meeting's agenda, at a place in that part. */
@Entity
@Table(name = "meeting_material")
@NamedQuery(name = MeetingMaterial.LIST_FOR_MEETINGS, query = """
        SELECT m FROM MeetingMaterial m JOIN FETCH m.item i
        WHERE m.key.meetingId IN :meetings ORDER BY m.key.meetingId, m.key.agendaPart, m.sortOrder""")
public class MeetingMaterial {

    public static final String LIST_FOR_MEETINGS = "MeetingMaterial.listForMeetings";

    /** The row's key: meeting, item and agenda part. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "meeting_id")
        private Long meetingId;
        @Column(name = "item_id")
        private Long itemId;
        @Enumerated(EnumType.STRING)
        @Column(name = "agenda_part", length = 20)
        private AgendaPart agendaPart;

        protected Key() {
        }

        Key(long meetingId, long itemId, AgendaPart agendaPart) {
            this.meetingId = meetingId;
            this.itemId = itemId;
            this.agendaPart = agendaPart;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.meetingId.equals(meetingId) && k.itemId.equals(itemId)
                    && k.agendaPart == agendaPart;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(meetingId, itemId, agendaPart);
        }
    }

    @EmbeddedId
    private Key key;

    @MapsId("itemId")
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "item_id")
    private LibraryItem item;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    protected MeetingMaterial() {
    }

    MeetingMaterial(long meetingId, LibraryItem item, AgendaPart part, int sortOrder, LocalDateTime now) {
        this.key = new Key(meetingId, item.getId(), part);
        this.item = item;
        this.sortOrder = sortOrder;
        this.addedAt = now;
    }

    void placeAt(int order) {
        this.sortOrder = order;
    }

    public long getMeetingId() {
        return key.meetingId;
    }

    public AgendaPart getAgendaPart() {
        return key.agendaPart;
    }

    public LibraryItem getItem() {
        return item;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
