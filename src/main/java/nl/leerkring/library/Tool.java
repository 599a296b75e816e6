package nl.leerkring.library;

/** The interactive page an item opens (built in {@code library.tools}). */
public enum Tool {
    CHECKLIST("/library/checklist.xhtml"),
    CARD_DECK("/library/cards.xhtml");

    private final String page;

    Tool(String page) {
        this.page = page;
    }

    /** The page, without the context path; it takes the item as {@code ?item=ID}. */
    public String getPage() {
        return page;
    }
}
