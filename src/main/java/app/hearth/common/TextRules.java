package app.hearth.common;

/**
 * What text from outside may hold, checked code point by code point (a regular expression over a 4,000-character
 * answer can overflow a small thread stack). Refused everywhere: control characters (NUL among them, which
 * PostgreSQL cannot store) and the invisible characters that reorder or hide text, so a name with a
 * right-to-left override cannot disguise what a mail or invitation says. Joiners (U+200C, U+200D) stay: Persian
 * names and emoji need them.
 */
public final class TextRules {

    private TextRules() {
    }

    /** One line: no line breaks of any kind. */
    public static boolean isSingleLine(CharSequence text) {
        return text.codePoints().allMatch(c -> !isHidden(c) && !isControl(c) && !isLineBreak(c));
    }

    /** Free text over several lines: tabs and CR/LF allowed, nothing else invisible. */
    public static boolean isMultiLine(CharSequence text) {
        return text.codePoints().allMatch(c -> c == '\t' || c == '\r' || c == '\n' || (!isHidden(c) && !isControl(c)));
    }

    /** True when the text holds a character no column of ours can store (PostgreSQL refuses NUL in text). */
    public static boolean hasNul(CharSequence text) {
        return text.chars().anyMatch(c -> c == 0);
    }

    /**
     * True when PostgreSQL cannot store the text as it is: a NUL, or half of a surrogate pair (which has no UTF-8
     * form, so the driver would silently store "?" instead).
     */
    public static boolean isUnstorable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL;
    }

    private static boolean isLineBreak(int c) {
        int type = Character.getType(c);
        return type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** Bidirectional marks, embeddings, overrides and isolates, and other format characters that show nothing. */
    static boolean isHidden(int c) {
        return c == 0x061C || c == 0x200B || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x206F)
                || c == 0xFEFF || (c >= 0xFFF9 && c <= 0xFFFB);
    }
}
