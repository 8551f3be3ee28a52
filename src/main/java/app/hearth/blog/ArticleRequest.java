package app.hearth.blog;

import app.hearth.common.MultilineText;
import app.hearth.common.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** An article as the admin writes it. Slug and summary may be left out: they are derived from the title and body. */
record ArticleRequest(
        @Size(max = 120) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase words joined by hyphens")
        String slug,
        @NotBlank @Size(max = 200) @PlainText String title,
        @Size(max = 400) @PlainText String summary,
        @NotBlank @Size(max = 60000) @MultilineText String body,
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "must be a therapist's slug") String author,
        @Size(max = 10) List<@NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lowercase words joined by hyphens") @Size(max = 40) String> tags,
        @Size(max = 500) @Pattern(regexp = "(/|https://)[^\\s\"'<>]*", message = "must be a path on this site or an https URL")
        String heroImageUrl,
        @Size(max = 300) @PlainText String heroImageAlt,
        @Size(max = 20) List<@Valid FaqRequest> faqs,
        @Size(max = 70, message = "must be at most 70 characters, or search engines cut it") @PlainText String seoTitle,
        @Size(max = 160, message = "must be at most 160 characters, or search engines cut it") @PlainText
        String seoDescription) {

    /** A question and its answer. */
    public record FaqRequest(@NotBlank @Size(max = 300) @PlainText String question,
                             @NotBlank @Size(max = 4000) @MultilineText String answer) {
    }
}
