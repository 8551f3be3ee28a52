package app.hearth.blog;

import app.hearth.blog.ArticleViews.Detail;
import app.hearth.blog.ArticleViews.FaqView;
import app.hearth.blog.ArticleViews.Page;
import app.hearth.blog.ArticleViews.TagCount;
import app.hearth.common.NotFoundException;
import app.hearth.common.Secrets;
import app.hearth.web.JsonLd;
import app.hearth.web.PageMeta;
import app.hearth.web.Pages;
import app.hearth.web.Revalidation;
import app.hearth.web.SiteExtensions;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The blog: the paged index and tag pages (with an ETag) and articles (with Last-Modified), so browsers
 * revalidate and get 304s while nothing they show has changed.
 */
@Path("/blog")
@Produces(MediaType.TEXT_HTML)
class BlogPages {

    @Inject
    ArticleCaches caches;
    @Inject
    Pages pages;
    @Inject
    ArticleReading articles;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(PageMeta meta, Page page, List<TagCount> tags, String prevHref,
                                             String nextHref);

        static native TemplateInstance article(PageMeta meta, Detail article);
    }

    @GET
    public Response index(@QueryParam("tag") String tag, @QueryParam("page") String page, @Context Request request) {
        if (tag != null && !tag.isBlank()) {
            return Response.status(301).location(java.net.URI.create("/blog/tags/"
                    + java.net.URLEncoder.encode(tag.strip(), java.nio.charset.StandardCharsets.UTF_8)))
                    .build();
        }
        return listing(null, page, request);
    }

    /**
     * Words of a-z and 0-9 joined by single hyphens, checked character by character: the regular expression with a
     * repeated group it replaces recursed once per group and overflowed a small thread stack on a long address.
     */
    static boolean isTag(String tag) {
        if (tag.isEmpty() || tag.length() > 80 || tag.startsWith("-") || tag.endsWith("-") || tag.contains("--")) {
            return false;
        }
        return tag.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
    }

    @GET
    @Path("tags/{tag}")
    public Response tag(@PathParam("tag") String tag, @QueryParam("page") String page, @Context Request request) {
        if (!isTag(tag) || articles.tags().stream().noneMatch(t -> t.tag().equals(tag))) {
            throw new NotFoundException("No published article has this tag.");
        }
        return listing(tag, page, request);
    }

    @GET
    @Path("{slug}")
    public Response article(@PathParam("slug") String slug, @Context Request request) {
        Detail article;
        try {
            article = articles.detail(slug);
        } catch (NotFoundException missing) {
            // an address the article had before its slug changed keeps working for links and search engines
            return articles.movedTo(slug).map(current -> Response.status(301)
                    .location(java.net.URI.create("/blog/" + current)).build()).orElseThrow(() -> missing);
        }
        Instant modified = article.lastModified();
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(Date.from(modified.truncatedTo(ChronoUnit.SECONDS)));
        if (unchanged != null) {
            return revalidate(unchanged, modified);
        }
        String html = caches.page(article, () -> render(article));
        return revalidate(Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")), modified);
    }

    /** The article page with its Article (and FAQPage) JSON-LD. */
    private String render(Detail article) {
        String url = pages.absolute("/blog/" + article.slug());
        Map<String, Object> ld = JsonLd.thing("Article");
        ld.put("headline", article.title());
        ld.put("description", article.summary());
        ld.put("datePublished", SiteExtensions.datetime(article.publishedAt()));
        ld.put("dateModified", SiteExtensions.datetime(article.updatedAt()));
        ld.put("mainEntityOfPage", url);
        ld.put("keywords", String.join(", ", article.tags()));
        if (article.author() != null) {
            Map<String, Object> author = JsonLd.thing("Person");
            author.remove("@context");
            author.put("name", article.author().name());
            author.put("url", pages.absolute("/therapists/" + article.author().slug()));
            ld.put("author", author);
        }
        Map<String, Object> publisher = JsonLd.thing("Organization");
        publisher.remove("@context");
        publisher.put("name", pages.practiceName());
        publisher.put("url", pages.absolute("/"));
        ld.put("publisher", publisher);
        if (article.heroImageUrl() != null) {
            ld.put("image", pages.absolute(article.heroImageUrl()));
        }
        // the SEO fields are for search engines; without them the title and summary serve, as before
        String title = article.seoTitle() != null ? article.seoTitle() : article.title();
        String description = article.seoDescription() != null ? article.seoDescription() : article.summary();
        PageMeta meta = pages.meta(title, Pages.clip(description, 160), "/blog/" + article.slug())
                .withType("article").withJsonLd(JsonLd.write(ld)).inSection("blog");
        if (article.heroImageUrl() != null) {
            meta = meta.withImage(pages.absolute(article.heroImageUrl()));
        }
        if (!article.faqs().isEmpty()) {
            Map<String, Object> faq = JsonLd.thing("FAQPage");
            List<Object> questions = new ArrayList<>();
            for (FaqView pair : article.faqs()) {
                Map<String, Object> question = JsonLd.thing("Question");
                question.remove("@context");
                question.put("name", pair.question());
                Map<String, Object> answer = JsonLd.thing("Answer");
                answer.remove("@context");
                answer.put("text", pair.answer());
                question.put("acceptedAnswer", answer);
                questions.add(question);
            }
            faq.put("mainEntity", questions);
            meta = meta.withJsonLd(JsonLd.write(faq));
        }
        return Templates.article(meta, article).render();
    }

    private Response listing(String tag, String pageParam, Request request) {
        int number = pageNumber(pageParam);
        Page page = articles.page(tag, number);
        if (number > page.totalPages()) {
            throw new NotFoundException("This page of the blog does not exist.");
        }
        List<TagCount> tags = articles.tags();
        // an ETag over what the page shows: unlike a date, it also changes when an article is taken down
        EntityTag etag = new EntityTag(Secrets.hash(page + "|" + tags).substring(0, 32), true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        if (unchanged != null) {
            return unchanged.cacheControl(Revalidation.noCache()).build();
        }
        String base = tag == null ? "/blog" : "/blog/tags/" + tag;
        String path = number == 1 ? base : base + "?page=" + number;
        String title = tag == null ? "Blog" : "Articles about " + tag.replace('-', ' ');
        if (number > 1) {
            title += ", page " + number;
        }
        String description = tag == null
                ? "Articles by the therapists of " + pages.practiceName() + " on anxiety, relationships, grief and more."
                : "Articles by the therapists of " + pages.practiceName() + " about " + tag.replace('-', ' ') + ".";
        PageMeta meta = pages.meta(title, number > 1 ? description + " Page " + number + "." : description, path)
                .inSection("blog");
        String prev = number > 1 ? (number == 2 ? base : base + "?page=" + (number - 1)) : null;
        String next = number < page.totalPages() ? base + "?page=" + (number + 1) : null;
        return Response.ok(Templates.index(meta, page, tags, prev, next)).tag(etag).cacheControl(Revalidation.noCache()).build();
    }

    private static Response revalidate(Response.ResponseBuilder answer, Instant modified) {
        return answer.lastModified(Date.from(modified)).cacheControl(Revalidation.noCache()).build();
    }

    private static int pageNumber(String page) {
        try {
            int number = page == null || page.isBlank() ? 1 : Integer.parseInt(page);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new NotFoundException("This page of the blog does not exist.");
    }
}
