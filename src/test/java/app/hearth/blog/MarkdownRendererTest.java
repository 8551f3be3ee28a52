package app.hearth.blog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownRendererTest {

    @Test
    void rendersHeadingsListsEmphasisLinksAndTables() {
        String html = MarkdownRenderer.toHtml("""
                ## Small steps

                - one *gentle* step
                - then **another**

                1. first
                2. second

                See [our page](https://example.org/a).

                | a | b |
                |---|---|
                | 1 | 2 |
                """);
        assertTrue(html.contains("<h2>Small steps</h2>"), html);
        assertTrue(html.contains("<li>one <em>gentle</em> step</li>"), html);
        assertTrue(html.contains("<strong>another</strong>"), html);
        assertTrue(html.contains("<ol>"), html);
        java.util.regex.Matcher link = java.util.regex.Pattern
                .compile("<a href=\"https://example.org/a\" rel=\"([a-z ]+)\">our page</a>").matcher(html);
        assertTrue(link.find(), html);
        // the sanitizer writes the rel tokens in no fixed order
        assertEquals(java.util.Set.of("nofollow", "noopener", "noreferrer"), java.util.Set.of(link.group(1).split(" ")));
        assertTrue(html.contains("<td>1</td>"), html);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<script>alert(1)</script>hello|<script",
            "<img src=x onerror=alert(1)>|<img",
            "[click](javascript:alert(1))|href=\"javascript",
            "<a href=\"javascript:alert(1)\">x</a>|<a href",
            "<iframe src=\"https://evil.example\"></iframe>|<iframe",
            "![x](javascript:alert(1))|src=\"javascript",
            "<div style=\"background:url(x)\" onclick=\"steal()\">x</div>|<div",
            "<svg onload=alert(1)>|<svg"})
    void scriptInTheBodyComesOutInert(String markdown, String forbidden) {
        String html = MarkdownRenderer.toHtml(markdown);
        assertFalse(html.toLowerCase().contains(forbidden.toLowerCase()), html);
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        String html = MarkdownRenderer.toHtml("Use <b>bold</b> carefully");
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"), html);
    }

    @ParameterizedTest
    @CsvSource({"'',1", "'one two three',1", "200,1", "201,2", "1000,5"})
    void readingTimeRoundsUpAndIsAtLeastOneMinute(String words, int minutes) {
        String text = words.matches("\\d+") ? "word ".repeat(Integer.parseInt(words)) : words;
        assertEquals(minutes, MarkdownRenderer.readingMinutes(text));
    }
}
