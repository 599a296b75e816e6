package nl.leerkring.library.tools;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.leerkring.library.LibraryItem;
import nl.leerkring.library.LibraryService;
import nl.leerkring.library.Tool;
import nl.leerkring.platform.NotFoundException;

/**
 * Finds the library item a tool page is about, for a person who may see it by the library's own
 * visibility rule (`LibraryService`). A retired item, an item with another tool, or one they may
 * not see answers 404.
 */
@Stateless
public class ToolItems {

    @PersistenceContext
    private EntityManager em;
    @Inject
    private LibraryService library;

    public ToolItem getVisible(long itemId, Tool tool, long personId) {
        LibraryItem item = library.getVisible(itemId, personId);
        if (item.isRetired() || item.getTool() != tool) {
            throw new NotFoundException();
        }
        return new ToolItem(item.getId(), item.getTitle(), item.getDescription(), item.getSourceName());
    }

    /** The id of the item a migration seeded with this key, while it is not retired. */
    public Optional<Long> seededItemId(String seedKey) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM library_item WHERE seed_key = ? AND retired = FALSE")
                .setParameter(1, seedKey).getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }
}
