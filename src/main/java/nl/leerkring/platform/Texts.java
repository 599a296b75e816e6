package nl.leerkring.platform;

import java.io.Serializable;
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

    /** An argument that is itself a text of the bundle, such as the name of a field; translated first. */
    public record Key(String key) implements Serializable {
    }

    public static String get(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Texts.class.getClassLoader());
        try {
            String pattern = bundle.getString(key);
            if (arguments.length == 0) {
                return pattern;
            }
            Object[] resolved = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                resolved[i] = arguments[i] instanceof Key nested ? get(locale, nested.key()) : arguments[i];
            }
            return new MessageFormat(pattern, bundle.getLocale()).format(resolved);
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
