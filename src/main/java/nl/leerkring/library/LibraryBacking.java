package nl.leerkring.library;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.leerkring.account.CurrentPerson;

/**
 * library/index.xhtml: the library: a search (a GET form, so a search can be bookmarked), filters,
 * a page of results, and for a facilitator the instruments their participants proposed to share.
 */
@Named
@RequestScoped
public class LibraryBacking {

    @Inject
    private LibraryService library;
    @Inject
    private CurrentPerson currentPerson;
    @Inject
    @Param(name = "q")
    private String text;
    @Inject
    @Param(name = "area")
    private String area;
    @Inject
    @Param(name = "phase")
    private String phase;
    @Inject
    @Param(name = "type")
    private String type;
    @Inject
    @Param(name = "page")
    private String page;

    private LibraryService.IndexPage indexPage;

    public LibraryService.Results getResults() {
        return indexPage().results();
    }

    /** For a facilitator: the instruments their participants proposed to share. */
    public List<LibraryItem> getProposals() {
        return indexPage().proposals();
    }

    /** The results and the proposals, read once per request (who asks is read once for both). */
    private LibraryService.IndexPage indexPage() {
        if (indexPage == null) {
            indexPage = library.indexPage(new LibraryService.Query(text, number(area), number(phase), itemType(),
                    page == null ? 1 : number(page) == null ? 1 : number(page)), me());
        }
        return indexPage;
    }

    private ItemType itemType() {
        try {
            return type == null || type.isBlank() ? null : ItemType.valueOf(type);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public String getText() {
        return text;
    }

    public String getArea() {
        return area;
    }

    public String getPhase() {
        return phase;
    }

    public String getType() {
        return type;
    }

    public boolean isFiltered() {
        return (text != null && !text.isBlank()) || number(area) != null || number(phase) != null || itemType() != null;
    }
}
