package nl.leerkring.library;

/** What kind of material an item is. */
public enum ItemType {
    LITERATURE,
    WORK_FORM,
    ASSIGNMENT,
    INSTRUMENT,
    CONVERSATION_TOOL,
    CHECKLIST,
    LINK,
    FILE
}
