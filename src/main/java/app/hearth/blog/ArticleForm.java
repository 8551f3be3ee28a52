package app.hearth.blog;

import app.hearth.blog.ArticleViews.Admin;
import jakarta.ws.rs.FormParam;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The article editor's form as posted and as shown again: tags comma-separated, FAQ pairs as parallel lists (blank
 * pairs dropped), and the version the admin opened, which a save must still match.
 */
public class ArticleForm {

    /** Blank FAQ rows the editor offers after the filled ones. */
    static final int SPARE_FAQS = 2;

    @FormParam("formToken")
    String formToken;
    @FormParam("action")
    String action;
    @FormParam("version")
    String version;
    @FormParam("title")
    String title;
    @FormParam("slug")
    String slug;
    @FormParam("summary")
    String summary;
    @FormParam("body")
    String body;
    @FormParam("author")
    String author;
    @FormParam("tags")
    String tags;
    @FormParam("heroImageUrl")
    String heroImageUrl;
    @FormParam("heroImageAlt")
    String heroImageAlt;
    @FormParam("seoTitle")
    String seoTitle;
    @FormParam("seoDescription")
    String seoDescription;
    @FormParam("faqQuestion")
    List<String> faqQuestions;
    @FormParam("faqAnswer")
    List<String> faqAnswers;

    /** One FAQ row of the editor, numbered from 1 for its labels. */
    public record FaqRow(int number, String question, String answer) {
    }

    static ArticleForm blank() {
        ArticleForm form = new ArticleForm();
        form.faqQuestions = List.of();
        form.faqAnswers = List.of();
        return form;
    }

    static ArticleForm of(Admin article) {
        ArticleForm form = new ArticleForm();
        form.version = Long.toString(article.version());
        form.title = article.title();
        form.slug = article.slug();
        form.summary = article.summary();
        form.body = article.body();
        form.author = article.author();
        form.tags = String.join(", ", article.tags());
        form.heroImageUrl = article.heroImageUrl();
        form.heroImageAlt = article.heroImageAlt();
        form.seoTitle = article.seoTitle();
        form.seoDescription = article.seoDescription();
        form.faqQuestions = article.faqs().stream().map(ArticleViews.FaqView::question).toList();
        form.faqAnswers = article.faqs().stream().map(ArticleViews.FaqView::answer).toList();
        return form;
    }

    ArticleRequest request() {
        List<ArticleRequest.FaqRequest> faqs = new ArrayList<>();
        List<String> questions = faqQuestions == null ? List.of() : faqQuestions;
        List<String> answers = faqAnswers == null ? List.of() : faqAnswers;
        for (int i = 0; i < Math.max(questions.size(), answers.size()); i++) {
            String question = i < questions.size() ? trim(questions.get(i)) : null;
            String answer = i < answers.size() ? trim(answers.get(i)) : null;
            if (question != null || answer != null) {
                faqs.add(new ArticleRequest.FaqRequest(question, answer));
            }
        }
        List<String> tagList = tags == null ? List.of() : Arrays.stream(tags.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new ArticleRequest(trim(slug), trim(title), trim(summary), body == null || body.isBlank() ? null : body,
                trim(author), tagList, trim(heroImageUrl), trim(heroImageAlt), faqs, trim(seoTitle), trim(seoDescription));
    }

    /** The version opened, or -1 when the form carries none (a save is then refused as stale). */
    long openedVersion() {
        try {
            return version == null ? -1 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    boolean previewing() {
        return "preview".equals(action);
    }

    public List<FaqRow> faqRows() {
        List<FaqRow> rows = new ArrayList<>();
        List<String> questions = faqQuestions == null ? List.of() : faqQuestions;
        List<String> answers = faqAnswers == null ? List.of() : faqAnswers;
        int filled = Math.max(questions.size(), answers.size());
        for (int i = 0; i < filled + SPARE_FAQS; i++) {
            rows.add(new FaqRow(i + 1, i < questions.size() ? questions.get(i) : "",
                    i < answers.size() ? answers.get(i) : ""));
        }
        return rows;
    }

    public String version() { return version; }
    public String title() { return title; }
    public String slug() { return slug; }
    public String summary() { return summary; }
    public String body() { return body; }
    public String author() { return author; }
    public String tags() { return tags; }
    public String heroImageUrl() { return heroImageUrl; }
    public String heroImageAlt() { return heroImageAlt; }
    public String seoTitle() { return seoTitle; }
    public String seoDescription() { return seoDescription; }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
