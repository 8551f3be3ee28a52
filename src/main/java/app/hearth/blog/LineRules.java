package app.hearth.blog;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The importer's line rules, in the order they are tried: the old site's metadata and boilerplate first, then the
 * title, FAQ pairs and headings, and last the body's lists and paragraphs. The first rule that handles a line wins.
 */
enum LineRules implements LineRule {

    /** A blank line ends the paragraph or list being built. */
    BLANK_LINE {
        @Override
        public boolean apply(String line, ImportState state) {
            if (!line.isEmpty()) {
                return false;
            }
            state.endParagraph();
            return true;
        }
    },

    /** "Author: Jane Doe" (or the label alone, the name below it): the old site's footer follows, so reading ends. */
    AUTHOR_BLOCK {
        @Override
        public boolean apply(String line, ImportState state) {
            Matcher label = AUTHOR_LABEL.matcher(line);
            if (!label.matches()) {
                return false;
            }
            state.author = label.group(1) == null || label.group(1).isBlank() ? state.next() : label.group(1).strip();
            state.finish();
            return true;
        }
    },

    /** "Related posts", "Leave a comment" and the like after the article's text: the rest is the old site's. */
    TRAILING_BOILERPLATE {
        @Override
        public boolean apply(String line, ImportState state) {
            if (!TRAILER.matcher(line).matches() || state.title == null || state.blocks.isEmpty()) {
                return false;
            }
            state.finish();
            return true;
        }
    },

    /** "Published on: March 3, 2025", or the label with the date on the next line. */
    DATE_LABEL {
        @Override
        public boolean apply(String line, ImportState state) {
            Matcher label = DATE_LABELLED.matcher(line);
            if (!label.matches()) {
                return false;
            }
            String next = state.next();
            LocalDate found = ArticleImporter.parseDate(label.group(1).isBlank() && next != null ? next : label.group(1));
            if (found == null) {
                return false;
            }
            state.dated(found);
            if (label.group(1).isBlank()) {
                state.skipToNext();
            }
            return true;
        }
    },

    /** Navigation ("< Back", "Also read ..."), reading-time notes and horizontal rules are dropped. */
    NAVIGATION_AND_RULES {
        @Override
        public boolean apply(String line, ImportState state) {
            return DROPPED.matcher(line).matches() || HR.matcher(line).matches();
        }
    },

    /** "Jane Doe | March 3, 2025 | 6 min read": a date and a short name between separators. */
    BYLINE_WITH_DATE {
        @Override
        public boolean apply(String line, ImportState state) {
            String[] parts = SEPARATORS.split(line);
            if (parts.length < 2) {
                return false;
            }
            LocalDate found = null;
            String name = null;
            for (String part : parts) {
                LocalDate date = ArticleImporter.parseDate(part);
                if (date != null) {
                    found = date;
                } else if (name == null && !part.isBlank() && part.split("\\s+").length <= 5
                        && !part.toLowerCase(Locale.ROOT).contains("read")) {
                    name = part.strip();
                }
            }
            if (found == null) {
                return false;
            }
            state.dated(found);
            if (state.author == null && name != null) {
                state.author = name;
            }
            return true;
        }
    },

    /** A date on a line of its own. */
    DATE_ALONE {
        @Override
        public boolean apply(String line, ImportState state) {
            LocalDate found = ArticleImporter.parseDate(line);
            if (found == null) {
                return false;
            }
            state.dated(found);
            return true;
        }
    },

    /** "By Jane Doe" or "Written by Jane Doe", when no author is known yet. */
    BY_LINE {
        @Override
        public boolean apply(String line, ImportState state) {
            Matcher by = WRITTEN_BY.matcher(line);
            if (!by.matches() || state.author != null) {
                return false;
            }
            state.author = by.group(1).strip();
            return true;
        }
    },

    /** The first remaining line is the title when no marked-up title came first. */
    TITLE {
        @Override
        public boolean apply(String line, ImportState state) {
            if (state.title != null) {
                return false;
            }
            String heading = headingText(line);
            state.title = heading != null ? heading : line;
            return true;
        }
    },

    /** The title repeated (old sites often show it twice) is dropped. */
    REPEATED_TITLE {
        @Override
        public boolean apply(String line, ImportState state) {
            return line.equals(state.title) || state.title.equals(headingText(line));
        }
    },

    /** "Q1: How long does therapy take?" starts an FAQ pair; the lines below it are its answer. */
    FAQ_QUESTION {
        @Override
        public boolean apply(String line, ImportState state) {
            Matcher question = FAQ.matcher(line);
            if (!question.matches()) {
                return false;
            }
            state.endParagraph();
            state.endFaq();
            state.faqQuestion = question.group(2).strip();
            return true;
        }
    },

    /** A Markdown heading, or in plain text a short line that reads like one; "FAQs" itself is dropped. */
    HEADING {
        @Override
        public boolean apply(String line, ImportState state) {
            Matcher marked = MD_HEADING.matcher(line);
            boolean isMarked = marked.matches();
            if (!isMarked && (state.explicitHeadings || !ArticleImporter.looksLikeHeading(line, state.next()))) {
                return false;
            }
            String text = isMarked ? marked.group(2) : line;
            state.endParagraph();
            state.endFaq();
            if (!FAQ_HEADING.matcher(text).matches()) {
                int level = isMarked ? Math.max(2, Math.min(4, marked.group(1).length())) : 2;
                state.blocks.add("#".repeat(level) + " " + text);
            }
            return true;
        }
    },

    /** Inside an FAQ pair every line belongs to the answer. */
    FAQ_ANSWER {
        @Override
        public boolean apply(String line, ImportState state) {
            if (state.faqQuestion == null) {
                return false;
            }
            state.faqAnswer.append(state.faqAnswer.isEmpty() ? "" : "\n\n").append(line);
            return true;
        }
    },

    /** "- item", "• item", "* item": a bullet list item. */
    BULLET_ITEM {
        @Override
        public boolean apply(String line, ImportState state) {
            Matcher bullet = BULLET.matcher(line);
            if (!bullet.matches()) {
                return false;
            }
            state.endParagraphOnly();
            state.list.add("- " + bullet.group(1).strip());
            return true;
        }
    },

    /** "1. item" or "1) item": a numbered list item. */
    NUMBERED_ITEM {
        @Override
        public boolean apply(String line, ImportState state) {
            Matcher numbered = NUMBERED.matcher(line);
            if (!numbered.matches()) {
                return false;
            }
            state.endParagraphOnly();
            state.list.add(numbered.group(1) + ". " + numbered.group(2).strip());
            return true;
        }
    },

    /** A line starting in lower case continues the sentence of a soft-wrapped paragraph. */
    WRAPPED_CONTINUATION {
        @Override
        public boolean apply(String line, ImportState state) {
            if (state.paragraph.isEmpty() || !Character.isLowerCase(line.codePointAt(0))) {
                return false;
            }
            state.paragraph.append(' ').append(line);
            return true;
        }
    },

    /** Anything else starts a new paragraph. */
    PARAGRAPH {
        @Override
        public boolean apply(String line, ImportState state) {
            state.endParagraph();
            state.paragraph.append(line);
            return true;
        }
    };

    static final Pattern MD_HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*$");
    static final Pattern BULLET = Pattern.compile("^(?:[•●▪◦·]\\s*|[*–-]\\s+)(\\S.*)$");
    static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(\\S.*)$");
    private static final Pattern FAQ = Pattern.compile("^(?:\\*\\*)?Q\\s?(\\d{1,2})\\s*[:.)-]\\s*(.+?)(?:\\*\\*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FAQ_HEADING = Pattern.compile("^(FAQs?|Frequently asked questions)\\b.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHOR_LABEL = Pattern.compile("^Author(?:\\s*[|:｜⏐]\\s*(.{0,60})|\\s*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WRITTEN_BY = Pattern.compile("^(?:Written by|By)\\s+(\\p{Lu}[\\p{L}.' -]{1,60})$");
    private static final Pattern DATE_LABELLED = Pattern.compile(
            "^(?:Published(?: Date| on)?|Posted(?: on)?|Date)\\s*[|:｜⏐]?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[|｜⏐]\\s*");
    private static final Pattern DROPPED = Pattern.compile(
            "^(?:<\\s*back\\b.*|←.*|also read\\b.*|👉.*|share this\\b.*|estimated reading time\\b.*|\\d+ min(ute)? read)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILER = Pattern.compile("^(?:BLOG TAGS|Tags?:?|Related (?:posts|articles)|"
            + "Leave a (?:comment|reply)|Share this (?:post|article)|Subscribe to our newsletter)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HR = Pattern.compile("^([-*_])(\\s*\\1){2,}$");

    /** The text of a Markdown heading ("## Why" gives "Why"), or null when the line is not one. */
    static String headingText(String line) {
        Matcher marked = MD_HEADING.matcher(line);
        return marked.matches() ? marked.group(2) : null;
    }
}
