package nl.leerkring.library;

import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * At start-up, gives the items that migrations inserted (the seeded material, {@code search_terms}
 * NULL) their Dutch search terms. Harmless on several instances at once: a row is written only
 * while it is still empty.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class LibraryIndexer {

    private static final Logger LOG = Logger.getLogger(LibraryIndexer.class.getName());

    @Inject
    private LibraryService library;

    @PostConstruct
    void index() {
        int indexed = library.indexMissing();
        if (indexed > 0) {
            LOG.info(() -> "Library: search terms computed for " + indexed + " items");
        }
    }
}
