package nl.leerkring.platform;

/**
 * The one rule for text a person types before it is kept: stripped, blank counts as absent,
 * never longer than its column, and no invisible control characters. A one-line text (a name,
 * a title) holds no line break or tab either; a multi-line text (a textarea) keeps its line
 * breaks, each counted as one character as the browser counts them (CR LF becomes LF).
 * A refusal is a {@link BusinessException} naming the field (a bundle key) and the limit, so
 * nothing is silently cut.
 */
public final class Text {

    private Text() {
    }

    /** An optional one-line text: null when blank. */
    public static String singleLine(String value, int max, String fieldKey) {
        return check(blankToNull(value), max, fieldKey, false);
    }

    /** A one-line text that must be given. */
    public static String requiredSingleLine(String value, int max, String fieldKey) {
        return required(singleLine(value, max, fieldKey), fieldKey);
    }

    /** An optional multi-line text: null when blank. */
    public static String multiLine(String value, int max, String fieldKey) {
        String normalized = blankToNull(value);
        return check(normalized == null ? null : normalized.replace("\r\n", "\n").replace('\r', '\n'), max, fieldKey,
                true);
    }

    /** A multi-line text that must be given. */
    public static String requiredMultiLine(String value, int max, String fieldKey) {
        return required(multiLine(value, max, fieldKey), fieldKey);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(String value, String fieldKey) {
        if (value == null) {
            throw new BusinessException("input.required", new Texts.Key(fieldKey));
        }
        return value;
    }

    private static String check(String value, int max, String fieldKey, boolean multiLine) {
        if (value == null) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\t';
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && !(multiLine && lineBreakOrTab)) {
                throw new BusinessException(multiLine ? "input.controlCharacter" : "input.singleLine",
                        new Texts.Key(fieldKey));
            }
        }
        if (value.length() > max) {
            throw new BusinessException("input.tooLong", new Texts.Key(fieldKey), max, value.length());
        }
        return value;
    }
}
