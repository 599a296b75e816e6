package nl.leerkring.platform;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The language the pages are shown in: Dutch, the language of the users, until someone
 * switches to English; a signed-in person's choice is stored and also decides their mails.
 * Holds only the locale, so the session stays small and serializable.
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Event<LanguageChosen> languageChosen;

    private Locale locale;

    public Locale getLocale() {
        return locale == null ? Texts.DUTCH : locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /**
     * Switches the pages, and for a signed-in person also their mails, to the other language,
     * and shows the same page again: same address, same parameters.
     */
    public void switchTo(String language) throws java.io.IOException {
        locale = Texts.forLanguage(language);
        languageChosen.fire(new LanguageChosen(locale));
        org.omnifaces.util.Faces.redirect(org.omnifaces.util.Faces.getRequestURIWithQueryString());
    }

    public void use(String language) {
        locale = Texts.forLanguage(language);
    }
}
