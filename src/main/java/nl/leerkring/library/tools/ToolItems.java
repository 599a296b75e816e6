package nl.leerkring.library.tools;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.platform.NotFoundException;

/**
 * Finds the library item a tool page is about, for a person who may see it: a partnership item,
 * an item of a cohort they take part in or facilitate (or any cohort's, for a coordinator), or
 * their own draft. A retired item, an item with another tool, or one they may not see answers 404.
 * (The library's own service owns the items; this small query keeps the tools apart from it.)
 */
@Stateless
public class ToolItems {

    private static final String VISIBLE_ITEM = """
            SELECT i.id, i.title, i.description, i.source_name FROM library_item i
            WHERE i.id = ?1 AND i.tool = ?2 AND i.retired = FALSE AND (
                i.visibility = 'PARTNERSHIP'
                OR (i.visibility = 'DRAFT' AND i.author_id = ?3)
                OR (i.visibility = 'COHORT' AND (
                    EXISTS (SELECT 1 FROM cohort_member m
                            WHERE m.cohort_id = i.cohort_id AND m.person_id = ?3 AND m.state = 'ACCEPTED')
                    OR EXISTS (SELECT 1 FROM cohort c
                               WHERE c.id = i.cohort_id AND (c.facilitator_id = ?3 OR c.co_facilitator_id = ?3))
                    OR EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = ?3 AND r.role = 'COORDINATOR'))))""";

    @PersistenceContext
    private EntityManager em;

    public ToolItem getVisible(long itemId, Tool tool, long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(VISIBLE_ITEM)
                .setParameter(1, itemId)
                .setParameter(2, tool.name())
                .setParameter(3, personId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        Object[] row = rows.get(0);
        return new ToolItem(((Number) row[0]).longValue(), (String) row[1], text(row[2]), (String) row[3]);
    }

    /** The id of the item a migration seeded with this key, while it is not retired. */
    public Optional<Long> seededItemId(String seedKey) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM library_item WHERE seed_key = ? AND retired = FALSE")
                .setParameter(1, seedKey).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /** The description column is a plain VARCHAR, but a driver may still hand a CLOB-like value. */
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
