package app.hearth.blog;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns an article copied from an old website (Markdown, HTML or plain text) into a clean Markdown draft:
 * title, headings, paragraphs, bullet and numbered lists, FAQ pairs ("Q1: ..."), author and date, with the
 * old site's navigation, "also read" links and trailing boilerplate dropped. HTML first goes through the OWASP
 * sanitizer, which hands only harmless elements to a converter ({@link HtmlToMarkdown}); then each line goes to the
 * first of the ordered {@link LineRules} that handles it. Pure: same input, same draft.
 */
final class ArticleImporter {

    /** How the pasted content is written. */
    public enum Format {
        MARKDOWN, HTML, TEXT;

        /** A guess when the caller does not say: markup first, then Markdown headings or lists, else plain text. */
        public static Format guess(String content) {
            String start = content.stripLeading();
            if (start.startsWith("<") && HTML_TAG.matcher(content).find()) {
                return HTML;
            }
            return MARKDOWN_SIGN.matcher(content).find() ? MARKDOWN : TEXT;
        }
    }

    /** The recovered draft; author is the name as written (matched to a therapist by the caller). */
    public record Imported(String title, String summary, String markdown, String author, LocalDate date,
                           List<FaqPair> faqs) {
    }

    public record FaqPair(String question, String answer) {
    }

    private static final Pattern HTML_TAG = Pattern.compile("<(p|h[1-6]|div|ul|ol|li|article|body|html|br)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_SIGN = Pattern.compile("(?m)^(#{1,6} \\S|\\* \\S|\\[.+]\\(.+\\))");
    private static final List<DateTimeFormatter> DATES = List.of("MMMM d, uuuu", "MMM d, uuuu", "MMMM d uuuu",
            "d MMMM uuuu", "d MMM uuuu", "uuuu-MM-dd", "MMMM dd, uuuu").stream()
            .map(p -> new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
                    .toFormatter(Locale.ENGLISH))
            .toList();
    static final int SUMMARY_LENGTH = 300;

    private ArticleImporter() {
    }

    public static Imported parse(String content, Format format) {
        String text = clean(content == null ? "" : content);
        if (format == null) {
            format = Format.guess(text);
        }
        if (format == Format.HTML) {
            text = HtmlToMarkdown.convert(text);
        }
        return new ImportState(List.of(text.split("\n", -1)), format != Format.TEXT).read();
    }

    /** Line endings unified, invisible and control characters removed, no-break spaces made plain. */
    static String clean(String content) {
        return content.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ')
                .replaceAll("[\\u200b-\\u200d\\ufeff]", "")
                .replaceAll("[\\p{Cc}&&[^\\n\\t]]", "")
                .replace('\t', ' ');
    }

    public static LocalDate parseDate(String value) {
        String candidate = value.strip().replaceAll("(\\d)(st|nd|rd|th)\\b", "$1");
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(candidate, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next spelling
            }
        }
        return null;
    }

    /**
     * In plain text a heading is a short line that does not end like a sentence and is followed by more text:
     * "Why This Shows Up So Often" or "What is burnout?", but not "It asks you to:" or "These aren't flaws."
     */
    static boolean looksLikeHeading(String line, String next) {
        if (next == null || line.length() < 3 || line.length() > 90) {
            return false;
        }
        int first = line.codePointAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        if (LineRules.BULLET.matcher(line).matches() || LineRules.NUMBERED.matcher(line).matches()) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return ".,;:…!\"”'’)—–-".indexOf(last) < 0;
    }

    static String clip(String text, int max) {
        String plain = text.replaceAll("[*_`#>\\[\\]]", "").strip();
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max - 1);
        return plain.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }
}
