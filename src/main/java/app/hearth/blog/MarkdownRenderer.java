package app.hearth.blog;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Article Markdown to safe HTML: CommonMark renders it (raw HTML in the source is escaped, not passed
 * through), then the OWASP sanitizer keeps only text formatting, lists, headings, tables, links and images.
 * Pure: no state besides the immutable parser, renderer and policy.
 */
final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).build();
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** Average silent reading speed used for "n min read". */
    static final int WORDS_PER_MINUTE = 200;

    /** What article HTML may contain. Links get rel="nofollow noopener noreferrer"; only http(s) and mailto. */
    static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a").allowAttributes("href", "title").onElements("a")
                    .allowUrlProtocols("http", "https", "mailto").requireRelsOnLinks("nofollow", "noopener", "noreferrer")
                    .allowElements("img").allowAttributes("src", "alt", "title").onElements("img")
                    .allowElements("hr", "br", "pre", "code", "blockquote", "del")
                    .toFactory());

    private MarkdownRenderer() {
    }

    public static String toHtml(String markdown) {
        return sanitize(RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)));
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** Minutes to read, rounded up, at least one. */
    public static int readingMinutes(String markdown) {
        long words = markdown == null ? 0 : WORD.matcher(markdown).results().count();
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
