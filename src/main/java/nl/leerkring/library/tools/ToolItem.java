package nl.leerkring.library.tools;

import java.io.Serializable;

/** What a tool page shows of its library item: it refers to the item by id, the item is the library's. */
public record ToolItem(long id, String title, String description, String sourceName) implements Serializable {
}
