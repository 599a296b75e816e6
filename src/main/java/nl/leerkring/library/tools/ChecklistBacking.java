package nl.leerkring.library.tools;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.account.CurrentPerson;
import nl.leerkring.platform.NotFoundException;

/**
 * library/checklist.xhtml: a person fills in a checklist of the library (seed 001's eight guidance
 * and six collaboration characteristics), keeps the fill, and opens or compares earlier ones.
 */
@Named
@RequestScoped
public class ChecklistBacking {

    @Inject
    private ChecklistService checklists;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "item")
    private Long itemId;
    @Inject
    @Param(name = "fill")
    private Long fillId;
    @Inject
    @Param(name = "compare")
    private Long compareId;

    private ChecklistService.Checklist checklist;
    private ChecklistFill shown;
    private ChecklistFill compared;
    private final Map<Long, String> judgements = new HashMap<>();
    private String note;

    public void load() {
        if (checklist != null) {
            return;
        }
        if (itemId == null) {
            throw new NotFoundException();
        }
        checklist = checklists.open(itemId, me());
        if (fillId == null && compareId != null) {
            throw new NotFoundException();
        }
        if (fillId != null) {
            List<Long> ids = compareId == null ? List.of(fillId) : List.of(fillId, compareId);
            Map<Long, ChecklistFill> byId = new HashMap<>();
            checklists.ownFills(itemId, ids, me()).forEach(f -> byId.put(f.getId(), f));
            shown = byId.get(fillId);
            compared = compareId == null ? null : byId.get(compareId);
        }
    }

    public void save() throws IOException {
        load();
        Map<Long, Judgement> given = new HashMap<>();
        judgements.forEach((entryId, value) -> {
            if (value != null && !value.isBlank()) {
                given.put(entryId, judgement(value));
            }
        });
        ChecklistFill saved = checklists.save(itemId, given, note, me());
        Messages.addFlashGlobalInfo("library.checklist.saved");
        Faces.redirect("library/checklist.xhtml?item=%s&fill=%s", String.valueOf(itemId), String.valueOf(saved.getId()));
    }

    private static Judgement judgement(String value) {
        try {
            return Judgement.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public ToolItem getItem() {
        load();
        return checklist.item();
    }

    public List<ChecklistEntry> getEntries() {
        load();
        return checklist.entries();
    }

    public List<ChecklistFill> getFills() {
        load();
        return checklist.fills();
    }

    /** The other fills to compare the shown one with. */
    public List<ChecklistFill> getOtherFills() {
        List<ChecklistFill> others = new ArrayList<>(getFills());
        others.removeIf(f -> shown != null && f.getId().equals(shown.getId()));
        return others;
    }

    public ChecklistFill getShown() {
        load();
        return shown;
    }

    public ChecklistFill getCompared() {
        load();
        return compared;
    }

    /** Per judgement how many entries the shown fill gave it, in the judgements' order. */
    public Map<Judgement, Long> getShownCounts() {
        Map<Judgement, Long> counts = new EnumMap<>(Judgement.class);
        if (getShown() != null) {
            for (Judgement judgement : Judgement.values()) {
                counts.put(judgement, shown.count(judgement));
            }
        }
        return counts;
    }

    public Judgement[] getJudgementOptions() {
        return Judgement.values();
    }

    public Map<Long, String> getJudgements() {
        return judgements;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
