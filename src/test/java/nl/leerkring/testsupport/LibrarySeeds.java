package nl.leerkring.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ids of the library items a migration seeded (sql/V018), found by their stable seed keys. */
public final class LibrarySeeds {

    private static final Pattern ITEM = Pattern.compile("item=(\\d+)");

    private LibrarySeeds() {
    }

    /** The item's id, from where the page library/seed.xhtml leads a signed-in client. */
    public static String itemId(FacesClient client, String seedKey) {
        Page page = client.get("library/seed.xhtml?key=" + seedKey);
        if (!page.uri().getPath().endsWith("/library/item.xhtml")) {
            throw new AssertionError("No seeded item " + seedKey + ": " + page);
        }
        Matcher matcher = ITEM.matcher(page.uri().getQuery());
        if (!matcher.find()) {
            throw new AssertionError("No item id in " + page.uri());
        }
        return matcher.group(1);
    }
}
