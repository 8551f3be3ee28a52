package app.hearth.blog;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Pasted HTML as Markdown, for the importer: only what the OWASP sanitizer lets through is converted. */
final class HtmlToMarkdown {

    private HtmlToMarkdown() {
    }

    /** HTML to Markdown through the sanitizer: anything it does not allow (scripts, styles, handlers) never arrives. */
    static String convert(String html) {
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
