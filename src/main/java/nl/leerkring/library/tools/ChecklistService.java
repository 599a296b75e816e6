package nl.leerkring.library.tools;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.library.Tool;
import nl.leerkring.platform.NotFoundException;

/**
 * The interactive checklists (seed 001): a person who may see the item fills it in and keeps
 * each fill; fills are theirs alone. Anyone else's fill, or a fill of another checklist, answers 404.
 */
@Stateless
public class ChecklistService {

    /** The fills listed on the page, the latest first; older ones are still kept. */
    public static final int FILLS_LISTED = 50;

    /** A checklist as a person sees it: its entries in order and their own latest fills. */
    public record Checklist(ToolItem item, List<ChecklistEntry> entries, List<ChecklistFill> fills) {
    }

    @PersistenceContext
    private EntityManager em;
    @Inject
    private ToolItems items;
    @Inject
    private Clock clock;

    public Checklist open(long itemId, long personId) {
        ToolItem item = items.getVisible(itemId, Tool.CHECKLIST, personId);
        List<ChecklistFill> fills = em.createNamedQuery(ChecklistFill.LIST_OWN, ChecklistFill.class)
                .setParameter("item", itemId).setParameter("person", personId)
                .setMaxResults(FILLS_LISTED).getResultList();
        return new Checklist(item, entries(itemId), fills);
    }

    /** The person's own fills of this checklist with their judgements, the latest first; 404 when one is not theirs. */
    public List<ChecklistFill> ownFills(long itemId, Collection<Long> fillIds, long personId) {
        items.getVisible(itemId, Tool.CHECKLIST, personId);
        List<Long> distinct = fillIds.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        List<ChecklistFill> fills = em.createNamedQuery(ChecklistFill.OWN_WITH_ANSWERS, ChecklistFill.class)
                .setParameter("ids", distinct).setParameter("item", itemId).setParameter("person", personId)
                .getResultList();
        if (fills.size() != distinct.size()) {
            throw new NotFoundException();
        }
        return fills.stream().sorted(Comparator.comparing(ChecklistFill::getSavedAt).reversed()).toList();
    }

    /** Keeps a new fill: a judgement per entry the person scored (others left open) and a note. */
    public ChecklistFill save(long itemId, Map<Long, Judgement> judgements, String note, long personId) {
        items.getVisible(itemId, Tool.CHECKLIST, personId);
        ChecklistFill fill = new ChecklistFill(itemId, personId, entries(itemId), judgements, note,
                LocalDateTime.now(clock));
        em.persist(fill);
        return fill;
    }

    private List<ChecklistEntry> entries(long itemId) {
        return em.createNamedQuery(ChecklistEntry.LIST_FOR_ITEM, ChecklistEntry.class)
                .setParameter("item", itemId).getResultList();
    }
}
