package app.hearth.blog;

import app.hearth.blog.ArticleImporter.Format;
import app.hearth.blog.ArticleImporter.Imported;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleImporterTest {

    @Test
    void plainTextWithSiteBoilerplate() {
        Imported a = ArticleImporter.parse(fixture("plain-with-boilerplate.txt"), Format.TEXT);
        assertEquals("Learning to Sit With Uncomfortable Feelings", a.title());
        assertEquals(LocalDate.of(2025, 3, 3), a.date());
        assertEquals("Jordan Blake", a.author());
        assertTrue(a.markdown().contains("## What Avoidance Costs Us"), a.markdown());
        assertTrue(a.markdown().contains("## A Different Way to Respond"), a.markdown());
        assertTrue(a.markdown().contains("- Trouble falling asleep\n- Snapping at people we love\n- A sense of being numb or flat"),
                a.markdown());
        // the soft-wrapped line joins its sentence
        assertTrue(a.markdown().contains("We distract ourselves, keep busy, scroll… and hope the feeling gets bored and leaves."),
                a.markdown());
        assertEquals(2, a.faqs().size());
        assertEquals("Will the feeling get worse if I let it in?", a.faqs().get(0).question());
        assertEquals("Usually it rises, peaks and then eases, like a wave.", a.faqs().get(0).answer());
        assertEquals("Most of us were never taught what to do with a feeling that hurts.", a.summary());
        for (String gone : new String[] {"back to articles", "Published Date", "Register Online", "BLOG TAGS", "👉",
                "Thank you!", "Q1", "FAQs", "Learning to Sit With Uncomfortable Feelings"}) {
            assertFalse(a.markdown().contains(gone), gone + " should be gone: " + a.markdown());
        }
    }

    @Test
    void bylineWithSeparatorsAndAlsoReadLinks() {
        Imported a = ArticleImporter.parse(fixture("byline-and-faq.txt"), null);
        assertEquals("Why Some Couples Stop Talking", a.title());
        assertEquals("Jordan Blake", a.author());
        assertEquals(LocalDate.of(2025, 10, 5), a.date());
        assertTrue(a.markdown().startsWith("## Why Does It Happen?"), a.markdown());
        assertTrue(a.markdown().contains("## Signs the Silence Is Growing"), a.markdown());
        assertTrue(a.markdown().contains("- You feel lonely even when you are together."), a.markdown());
        assertFalse(a.markdown().toLowerCase().contains("also read"), a.markdown());
        assertFalse(a.markdown().contains("Estimated Reading Time"), a.markdown());
        assertEquals(2, a.faqs().size());
        assertEquals("What is a first step?", a.faqs().get(1).question());
        assertEquals("Pick a calm moment and share one small feeling, without asking for anything back.",
                a.faqs().get(1).answer());
    }

    @Test
    void numberedSectionsAndDashListsWithoutBlankLines() {
        Imported a = ArticleImporter.parse(fixture("numbered-no-blank-lines.txt"), Format.TEXT);
        assertEquals("Five Habits That Build Trust", a.title());
        assertNull(a.author());
        assertTrue(a.markdown().contains("## What Is Trust, Really?"), a.markdown());
        assertTrue(a.markdown().contains("- Keeping small promises.\n- Saying sorry without excuses."), a.markdown());
        assertTrue(a.markdown().contains("1. Follow Through"), a.markdown());
        assertTrue(a.markdown().contains("2. Listen Without Fixing"), a.markdown());
        assertTrue(a.markdown().contains("## Final Thoughts: Start Small"), a.markdown());
        assertTrue(a.markdown().contains("Pick one habit this week and practise it on purpose."), a.markdown());
        assertEquals(2, a.faqs().size());
        assertEquals("Can trust be rebuilt after it breaks?", a.faqs().get(0).question());
        assertFalse(a.markdown().contains("Frequently Asked Questions"), a.markdown());
    }

    @Test
    void htmlIsSanitizedAndConvertedToMarkdown() {
        Imported a = ArticleImporter.parse(fixture("old-site.html"), null);
        assertEquals("Sleep and Your Mood", a.title());
        assertEquals("Jordan Blake", a.author());
        assertEquals(LocalDate.of(2025, 1, 12), a.date());
        assertTrue(a.markdown().contains("## Small Changes That Help"), a.markdown());
        assertTrue(a.markdown().contains("- Keep a regular wake-up time"), a.markdown());
        assertTrue(a.markdown().contains("**everything**"), a.markdown());
        assertTrue(a.markdown().contains("[read more](https://example.org/sleep)"), a.markdown());
        assertEquals(1, a.faqs().size());
        for (String gone : new String[] {"trackVisitor", "alert", "steal", "javascript", "onerror", "color:red", "Home"}) {
            assertFalse(a.markdown().contains(gone), gone + " should be gone: " + a.markdown());
        }
        String html = MarkdownRenderer.toHtml(a.markdown());
        assertFalse(html.contains("<script"), html);
    }

    @Test
    void markdownKeepsItsHeadingsAndLists() {
        Imported a = ArticleImporter.parse("""
                # Walking as Therapy

                _By Jordan Blake_

                Walking side by side makes some conversations easier.

                ## Why It Works

                * less eye contact
                * a rhythm to lean on

                **Q1: Do I need to walk fast?**
                Not at all.
                """, null);
        assertEquals("Walking as Therapy", a.title());
        assertTrue(a.markdown().contains("## Why It Works"), a.markdown());
        assertTrue(a.markdown().contains("- less eye contact\n- a rhythm to lean on"), a.markdown());
        assertEquals("Do I need to walk fast?", a.faqs().get(0).question());
        assertEquals("Not at all.", a.faqs().get(0).answer());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "February 10, 2026|2026-02-10",
            "Oct 21, 2025|2025-10-21",
            "3 March 2025|2025-03-03",
            "2024-12-31|2024-12-31",
            "March 3rd, 2025|2025-03-03",
            "not a date|"})
    void datesInTheirCommonSpellings(String text, String expected) {
        assertEquals(expected == null ? null : LocalDate.parse(expected), ArticleImporter.parseDate(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Why This Shows Up So Often|true",
            "What is burnout?|true",
            "It asks you to:|false",
            "These aren't flaws.|false",
            "and then it passes|false",
            "You might feel comfortable being close…|false"})
    void headingsInPlainText(String line, boolean heading) {
        assertEquals(heading, ArticleImporter.looksLikeHeading(line, "Next line"));
    }

    @Test
    void controlCharactersAndOddLineEndingsAreCleaned() {
        Imported a = ArticleImporter.parse("Title Here\r\n\r\nFirst\u0007 paragraph\u200b text.\r\n", Format.TEXT);
        assertEquals("Title Here", a.title());
        assertEquals("First paragraph text.", a.markdown());
    }

    private static String fixture(String name) {
        try (InputStream in = ArticleImporterTest.class.getResourceAsStream("/import/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
