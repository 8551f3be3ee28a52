package app.hearth.blog;

import app.hearth.blog.ArticleViews.Detail;
import app.hearth.blog.ArticleViews.Page;
import app.hearth.common.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Published blog articles for anyone: pages of summaries, optionally by tag, and one article in full. */
@Path("/api/articles")
@Produces(MediaType.APPLICATION_JSON)
class ArticleResource {

    @Inject
    ArticleReading articles;

    @GET
    @Operation(summary = "Published articles, newest first, ten per page")
    public Page list(@Parameter(description = "only articles with this tag") @QueryParam("tag") String tag,
                     @Parameter(description = "page number, from 1") @QueryParam("page") String page) {
        if (tag != null && !tag.isBlank() && !tag.matches("[A-Za-z0-9-]{1,40}")) {
            throw new InvalidInputException("tag", "must be a tag such as anxiety or self-care");
        }
        return articles.page(tag, pageNumber(page));
    }

    @GET
    @Path("{slug}")
    @Operation(summary = "One published article with its rendered HTML, FAQ pairs and related articles")
    public Detail get(@PathParam("slug") String slug) {
        return articles.detail(slug);
    }

    static int pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page);
            if (number >= 1 && number <= 10_000) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("page", "must be a whole number from 1");
    }
}
