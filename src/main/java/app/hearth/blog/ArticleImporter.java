package app.hearth.blog;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article copied from an old website (Markdown, HTML or plain text) into a clean Markdown draft:
 * title, headings, paragraphs, bullet and numbered lists, FAQ pairs ("Q1: ..."), author and date, with the
 * old site's navigation, "also read" links and trailing boilerplate dropped. HTML first goes through the OWASP
 * sanitizer, which hands only harmless elements to a converter. Pure: same input, same draft.
 */
public final class ArticleImporter {

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
    private static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
    private static final Pattern BULLET = Pattern.compile("^(?:[•●▪◦·]\\s*|[*–-]\\s+)(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final Pattern FAQ = Pattern.compile("^(?:\\*\\*)?Q\\s?(\\d{1,2})\\s*[:.)-]\\s*(.+?)(?:\\*\\*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FAQ_HEADING = Pattern.compile("^(FAQs?|Frequently asked questions)\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_LABEL = Pattern.compile("^Author(?:\\s*[|:｜⏐]\\s*(.{0,60})|\\s*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BY_LINE = Pattern.compile("^(?:Written by|By)\\s+(\\p{Lu}[\\p{L}.' -]{1,60})$");
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(?:Published(?: Date| on)?|Posted(?: on)?|Date)\\s*[|:｜⏐]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[|｜⏐]\\s*");
    private static final Pattern DROPPED = Pattern.compile(
            "^(?:<\\s*back\\b.*|←.*|also read\\b.*|👉.*|share this\\b.*|estimated reading time\\b.*|\\d+ min(ute)? read)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILER = Pattern.compile("^(?:BLOG TAGS|Tags?:?|Related (?:posts|articles)|"
            + "Leave a (?:comment|reply)|Share this (?:post|article)|Subscribe to our newsletter)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HR = Pattern.compile("^([-*_])(\\s*\\1){2,}$");
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
            text = htmlToMarkdown(text);
        }
        return new Reader(List.of(text.split("\n", -1)), format != Format.TEXT).read();
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

    /** Reads lines top to bottom, collecting metadata and building Markdown blocks. */
    private static final class Reader {
        private final List<String> lines;
        private final boolean explicitHeadings;
        private final List<String> blocks = new ArrayList<>();
        private final List<FaqPair> faqs = new ArrayList<>();
        private final StringBuilder paragraph = new StringBuilder();
        private final List<String> list = new ArrayList<>();
        private String title;
        private String author;
        private LocalDate date;
        private String faqQuestion;
        private final StringBuilder faqAnswer = new StringBuilder();

        Reader(List<String> lines, boolean explicitHeadings) {
            this.lines = lines;
            this.explicitHeadings = explicitHeadings;
        }

        Imported read() {
            int begin = 0;
            if (explicitHeadings) {
                // with a marked-up title, whatever precedes it is the old site's navigation
                for (int i = 0; i < lines.size(); i++) {
                    Matcher h1 = MD_HEADING.matcher(lines.get(i).strip());
                    if (h1.matches() && h1.group(1).length() == 1) {
                        title = h1.group(2);
                        begin = i + 1;
                        break;
                    }
                }
            }
            for (int i = begin; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                String next = nextNonBlank(i);
                Matcher m;
                if (line.isEmpty()) {
                    endParagraph();
                    continue;
                }
                if ((m = AUTHOR_LABEL.matcher(line)).matches()) {
                    author = m.group(1) == null || m.group(1).isBlank() ? next : m.group(1).strip();
                    break; // the old site's footer follows the author block
                }
                if (TRAILER.matcher(line).matches() && title != null && !blocks.isEmpty()) {
                    break;
                }
                if ((m = DATE_LABEL.matcher(line)).matches()) {
                    LocalDate found = parseDate(m.group(1).isBlank() && next != null ? next : m.group(1));
                    if (found != null) {
                        date = date == null ? found : date;
                        if (m.group(1).isBlank()) {
                            i = indexOfNextNonBlank(i);
                        }
                        continue;
                    }
                }
                if (DROPPED.matcher(line).matches() || HR.matcher(line).matches()) {
                    continue;
                }
                if (byline(line)) {
                    continue;
                }
                LocalDate alone = parseDate(line);
                if (alone != null) {
                    date = date == null ? alone : date;
                    continue;
                }
                if ((m = BY_LINE.matcher(line)).matches() && author == null) {
                    author = m.group(1).strip();
                    continue;
                }
                Matcher marked = MD_HEADING.matcher(line);
                String headingText = marked.matches() ? marked.group(2) : null;
                if (title == null) {
                    title = headingText != null ? headingText : line;
                    continue;
                }
                if (line.equals(title) || title.equals(headingText)) {
                    continue;
                }
                if ((m = FAQ.matcher(line)).matches()) {
                    endParagraph();
                    endFaq();
                    faqQuestion = m.group(2).strip();
                    continue;
                }
                boolean heading = headingText != null || (!explicitHeadings && looksLikeHeading(line, next));
                if (heading) {
                    String text = headingText != null ? headingText : line;
                    endParagraph();
                    endFaq();
                    if (FAQ_HEADING.matcher(text).matches()) {
                        continue;
                    }
                    int level = headingText != null ? Math.max(2, Math.min(4, marked.group(1).length())) : 2;
                    blocks.add("#".repeat(level) + " " + text);
                    continue;
                }
                if (faqQuestion != null) {
                    faqAnswer.append(faqAnswer.isEmpty() ? "" : "\n\n").append(line);
                    continue;
                }
                Matcher bullet = BULLET.matcher(line);
                Matcher numbered = NUMBERED.matcher(line);
                if (bullet.matches()) {
                    endParagraphOnly();
                    list.add("- " + bullet.group(1).strip());
                } else if (numbered.matches()) {
                    endParagraphOnly();
                    list.add(numbered.group(1) + ". " + numbered.group(2).strip());
                } else if (!paragraph.isEmpty() && Character.isLowerCase(line.codePointAt(0))) {
                    paragraph.append(' ').append(line); // a soft-wrapped continuation of the same sentence
                } else {
                    endParagraph();
                    paragraph.append(line);
                }
            }
            endParagraph();
            endFaq();
            String markdown = String.join("\n\n", blocks);
            return new Imported(title == null ? "Untitled article" : clip(title, 200), summary(), markdown,
                    author == null || author.isBlank() ? null : author.strip(), date, List.copyOf(faqs));
        }

        /** "Jane Doe | March 3, 2025 | 6 min read": a date and a short name between separators. */
        private boolean byline(String line) {
            String[] parts = SEPARATORS.split(line);
            if (parts.length < 2) {
                return false;
            }
            LocalDate found = null;
            String name = null;
            for (String part : parts) {
                LocalDate d = parseDate(part);
                if (d != null) {
                    found = d;
                } else if (name == null && !part.isBlank() && part.split("\\s+").length <= 5
                        && !part.toLowerCase(Locale.ROOT).contains("read")) {
                    name = part.strip();
                }
            }
            if (found == null) {
                return false;
            }
            date = date == null ? found : date;
            if (author == null && name != null) {
                author = name;
            }
            return true;
        }

        private String summary() {
            for (String block : blocks) {
                if (!block.startsWith("#") && !block.startsWith("- ") && !NUMBERED.matcher(block).find()) {
                    return clip(block, SUMMARY_LENGTH);
                }
            }
            return "";
        }

        private void endParagraphOnly() {
            if (!paragraph.isEmpty()) {
                blocks.add(paragraph.toString());
                paragraph.setLength(0);
            }
        }

        private void endParagraph() {
            endParagraphOnly();
            if (!list.isEmpty()) {
                blocks.add(String.join("\n", list));
                list.clear();
            }
        }

        private void endFaq() {
            if (faqQuestion != null) {
                faqs.add(new FaqPair(faqQuestion, faqAnswer.toString().strip()));
                faqQuestion = null;
                faqAnswer.setLength(0);
            }
        }

        private String nextNonBlank(int i) {
            int j = indexOfNextNonBlank(i);
            return j < lines.size() ? lines.get(j).strip() : null;
        }

        private int indexOfNextNonBlank(int i) {
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            return j;
        }
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
        if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
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

    /** HTML to Markdown through the sanitizer: anything it does not allow (scripts, styles, handlers) never arrives. */
    static String htmlToMarkdown(String html) {
        MarkdownWriter writer = new MarkdownWriter();
        HtmlSanitizer.sanitize(html, new HtmlPolicyBuilder()
                .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "section", "article", "ul", "ol", "li",
                        "strong", "b", "em", "i", "a", "br", "blockquote")
                .allowAttributes("href").onElements("a")
                .allowUrlProtocols("http", "https", "mailto")
                .build(writer));
        return writer.markdown();
    }

    /** Receives sanitized HTML events and writes the equivalent Markdown lines. */
    private static final class MarkdownWriter implements HtmlStreamEventReceiver {
        private final StringBuilder out = new StringBuilder();
        private final Deque<int[]> lists = new ArrayDeque<>(); // {ordered ? 1 : 0, next number}
        private final Deque<String> links = new ArrayDeque<>();

        String markdown() {
            return out.toString().replaceAll("[ ]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attrs) {
            switch (name) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> out.append("\n\n").append("#".repeat(name.charAt(1) - '0')).append(' ');
                case "p", "div", "section", "article", "blockquote" -> out.append("\n\n");
                case "br" -> out.append('\n');
                case "ul" -> lists.push(new int[] {0, 0});
                case "ol" -> lists.push(new int[] {1, 1});
                case "li" -> {
                    int[] list = lists.isEmpty() ? new int[] {0, 0} : lists.peek();
                    out.append('\n').append(list[0] == 1 ? (list[1]++) + ". " : "- ");
                }
                case "strong", "b" -> out.append("**");
                case "em", "i" -> out.append('*');
                case "a" -> {
                    String href = null;
                    for (int i = 0; i + 1 < attrs.size(); i += 2) {
                        if (attrs.get(i).equals("href")) {
                            href = attrs.get(i + 1);
                        }
                    }
                    links.push(href == null ? "" : href);
                    if (href != null) {
                        out.append('[');
                    }
                }
                default -> { }
            }
        }

        @Override
        public void closeTag(String name) {
            switch (name) {
                case "h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "section", "article", "blockquote" -> out.append("\n\n");
                case "ul", "ol" -> {
                    if (!lists.isEmpty()) {
                        lists.pop();
                    }
                    out.append("\n\n");
                }
                case "strong", "b" -> out.append("**");
                case "em", "i" -> out.append('*');
                case "a" -> {
                    String href = links.isEmpty() ? "" : links.pop();
                    if (!href.isEmpty()) {
                        out.append("](").append(href.replace(")", "%29").replace(" ", "%20")).append(')');
                    }
                }
                default -> { }
            }
        }

        @Override
        public void text(String text) {
            out.append(text.replaceAll("\\s+", " "));
        }
    }
}
