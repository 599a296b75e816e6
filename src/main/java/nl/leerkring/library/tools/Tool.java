package nl.leerkring.library.tools;

/** The interactive tool a library item opens (column {@code library_item.tool}). */
public enum Tool {
    CHECKLIST,
    CARD_DECK
}
