package nl.leerkring.library.tools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One characteristic of a checklist, with its explanation; seeded by a migration, read here. */
@Entity
@Table(name = "library_checklist_entry")
@NamedQuery(name = ChecklistEntry.LIST_FOR_ITEM, query = """
        SELECT e FROM ChecklistEntry e WHERE e.itemId = :item ORDER BY e.entryNumber""")
public class ChecklistEntry {

    public static final String LIST_FOR_ITEM = "ChecklistEntry.listForItem";

    @Id
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "entry_number", nullable = false)
    private int entryNumber;

    @Column(name = "wording", nullable = false, length = 300)
    private String wording;

    @Column(name = "explanation", length = 2000)
    private String explanation;

    protected ChecklistEntry() {
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public int getEntryNumber() {
        return entryNumber;
    }

    public String getWording() {
        return wording;
    }

    public String getExplanation() {
        return explanation;
    }
}
