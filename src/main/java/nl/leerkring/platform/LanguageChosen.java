package nl.leerkring.platform;

import java.util.Locale;

/**
 * Fired when someone switches the pages to another language. The account feature stores the
 * choice for a signed-in person, so that platform need not know who that is.
 */
public record LanguageChosen(Locale locale) {
}
