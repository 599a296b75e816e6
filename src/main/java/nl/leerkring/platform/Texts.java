package nl.leerkring.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts a person reads, from the resource bundle {@code nl.leerkring.i18n.text}
 * (Dutch first, English second). The key rules are written at the top of the bundle.
 */
public final class Texts {

    public static final String BUNDLE = "nl.leerkring.i18n.text";
    public static final Locale DUTCH = Locale.forLanguageTag("nl");
    public static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.ENGLISH);

    private Texts() {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    /** The supported locale closest to the one asked for; Dutch when nothing fits. */
    public static Locale supported(Locale locale) {
        if (locale != null) {
            for (Locale candidate : SUPPORTED) {
                if (candidate.getLanguage().equals(locale.getLanguage())) {
                    return candidate;
                }
            }
        }
        return DUTCH;
    }

    /** The supported locale for a language code as stored with a person ("nl", "en"). */
    public static Locale forLanguage(String language) {
        return supported(language == null ? null : Locale.forLanguageTag(language));
    }
}
