package nl.leerkring.library.tools;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Text;

/**
 * A person's checklist as they filled it in at one moment: a judgement per entry they scored and
 * a note. Private to the person; every save is a new fill, so fills can be compared over time.
 */
@Entity
@Table(name = "library_checklist_fill")
@NamedQuery(name = ChecklistFill.LIST_OWN, query = """
        SELECT f FROM ChecklistFill f WHERE f.itemId = :item AND f.personId = :person
        ORDER BY f.savedAt DESC, f.id DESC""")
@NamedQuery(name = ChecklistFill.OWN_WITH_ANSWERS, query = """
        SELECT DISTINCT f FROM ChecklistFill f LEFT JOIN FETCH f.answers
        WHERE f.id IN :ids AND f.itemId = :item AND f.personId = :person""")
public class ChecklistFill {

    public static final String LIST_OWN = "ChecklistFill.listOwn";
    public static final String OWN_WITH_ANSWERS = "ChecklistFill.ownWithAnswers";
    public static final int NOTE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "saved_at", nullable = false)
    private LocalDateTime savedAt;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @ElementCollection
    @CollectionTable(name = "library_checklist_answer", joinColumns = @JoinColumn(name = "fill_id"))
    @MapKeyColumn(name = "entry_id")
    @Column(name = "judgement", nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    private Map<Long, Judgement> answers = new HashMap<>();

    protected ChecklistFill() {
    }

    /**
     * A fill of the checklist with these entries; judgements of entries that are not the
     * checklist's are refused, and a fill says something: at least one judgement or a note.
     */
    public ChecklistFill(long itemId, long personId, Collection<ChecklistEntry> entries, Map<Long, Judgement> judgements,
            String note, LocalDateTime savedAt) {
        Set<Long> entryIds = entries.stream().map(ChecklistEntry::getId).collect(Collectors.toSet());
        Map<Long, Judgement> given = new HashMap<>();
        judgements.forEach((entryId, judgement) -> {
            if (!entryIds.contains(entryId)) {
                throw new BusinessException("library.checklist.unknownEntry");
            }
            if (judgement != null) {
                given.put(entryId, judgement);
            }
        });
        String cleanNote = Text.multiLine(note, NOTE_MAX, "field.checklistNote");
        if (given.isEmpty() && cleanNote == null) {
            throw new BusinessException("library.checklist.empty");
        }
        this.itemId = itemId;
        this.personId = personId;
        this.answers = given;
        this.note = cleanNote;
        this.savedAt = Objects.requireNonNull(savedAt);
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public long getPersonId() {
        return personId;
    }

    public LocalDateTime getSavedAt() {
        return savedAt;
    }

    public String getNote() {
        return note;
    }

    /** The judgement of an entry, null when it was left open. */
    public Judgement judgementOf(long entryId) {
        return answers.get(entryId);
    }

    public Map<Long, Judgement> getAnswers() {
        return Map.copyOf(answers);
    }

    /** How many entries were judged this way. */
    public long count(Judgement judgement) {
        return answers.values().stream().filter(judgement::equals).count();
    }
}
