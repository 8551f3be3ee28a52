package app.hearth.blog;

import app.hearth.blog.ArticleImporter.FaqPair;
import app.hearth.blog.ArticleImporter.Imported;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * What the importer has recovered so far while it reads a pasted article top to bottom: metadata, finished Markdown
 * blocks, and the paragraph, list or FAQ pair still being built. Each line goes to the first {@link LineRules} rule
 * that handles it.
 */
final class ImportState {

    private static final List<LineRule> RULES = List.of(LineRules.values());

    private final List<String> lines;
    final boolean explicitHeadings;
    final List<String> blocks = new ArrayList<>();
    final StringBuilder paragraph = new StringBuilder();
    final List<String> list = new ArrayList<>();
    private final List<FaqPair> faqs = new ArrayList<>();
    String title;
    String author;
    private LocalDate date;
    String faqQuestion;
    final StringBuilder faqAnswer = new StringBuilder();
    private int index;
    private boolean finished;

    ImportState(List<String> lines, boolean explicitHeadings) {
        this.lines = lines;
        this.explicitHeadings = explicitHeadings;
    }

    Imported read() {
        for (index = explicitHeadings ? afterMarkedTitle() : 0; index < lines.size() && !finished; index++) {
            String line = lines.get(index).strip();
            for (LineRule rule : RULES) {
                if (rule.apply(line, this)) {
                    break;
                }
            }
        }
        endParagraph();
        endFaq();
        return new Imported(title == null ? "Untitled article" : ArticleImporter.clip(title, 200), summary(),
                String.join("\n\n", blocks), author == null || author.isBlank() ? null : author.strip(), date,
                List.copyOf(faqs));
    }

    /** With a marked-up title ("# Title"), whatever precedes it is the old site's navigation. */
    private int afterMarkedTitle() {
        for (int i = 0; i < lines.size(); i++) {
            Matcher h1 = LineRules.MD_HEADING.matcher(lines.get(i).strip());
            if (h1.matches() && h1.group(1).length() == 1) {
                title = h1.group(2);
                return i + 1;
            }
        }
        return 0;
    }

    /** Stops reading: what follows is the old site's, not the article's. */
    void finish() {
        finished = true;
    }

    /** The first date found is the article's; later ones (comments, related posts) are not. */
    void dated(LocalDate found) {
        date = date == null ? found : date;
    }

    /** The next non-blank line, stripped, or null at the end. */
    String next() {
        int j = nextNonBlankIndex();
        return j < lines.size() ? lines.get(j).strip() : null;
    }

    /** Consumes the next non-blank line as well (a label's value written below it). */
    void skipToNext() {
        index = nextNonBlankIndex();
    }

    private int nextNonBlankIndex() {
        int j = index + 1;
        while (j < lines.size() && lines.get(j).isBlank()) {
            j++;
        }
        return j;
    }

    void endParagraphOnly() {
        if (!paragraph.isEmpty()) {
            blocks.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    void endParagraph() {
        endParagraphOnly();
        if (!list.isEmpty()) {
            blocks.add(String.join("\n", list));
            list.clear();
        }
    }

    void endFaq() {
        if (faqQuestion != null) {
            faqs.add(new FaqPair(faqQuestion, faqAnswer.toString().strip()));
            faqQuestion = null;
            faqAnswer.setLength(0);
        }
    }

    /** The first plain paragraph, clipped: headings and lists do not summarise. */
    private String summary() {
        for (String block : blocks) {
            if (!block.startsWith("#") && !block.startsWith("- ") && !LineRules.NUMBERED.matcher(block).find()) {
                return ArticleImporter.clip(block, ArticleImporter.SUMMARY_LENGTH);
            }
        }
        return "";
    }
}
