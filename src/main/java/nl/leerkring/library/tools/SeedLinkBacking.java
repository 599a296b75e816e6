package nl.leerkring.library.tools;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.leerkring.platform.NotFoundException;

/**
 * library/seed.xhtml?key=…: the way to a seeded library item by its stable seed key, for pages of
 * features below the library (the duos' conversation page links to its guide this way) that
 * cannot know the item's id.
 */
@Named
@RequestScoped
public class SeedLinkBacking {

    @Inject
    private ToolItems items;
    @Inject
    @Param(name = "key")
    private String key;

    public void open() throws IOException {
        if (key == null) {
            throw new NotFoundException();
        }
        long itemId = items.seededItemId(key).orElseThrow(NotFoundException::new);
        Faces.redirect("library/item.xhtml?item=%s", String.valueOf(itemId));
    }
}
