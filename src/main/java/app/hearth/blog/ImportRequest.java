package app.hearth.blog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** An old article pasted for import; format is guessed when left out, the author is recovered when possible. */
record ImportRequest(
        @NotBlank @Size(max = 60000) String content,
        @Pattern(regexp = "markdown|html|text", message = "must be markdown, html or text") String format,
        @Size(max = 120) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase words joined by hyphens")
        String slug,
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,79}", message = "must be a therapist's slug") String author,
        @Size(max = 10) List<@NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lowercase words joined by hyphens") @Size(max = 40) String> tags) {
}
