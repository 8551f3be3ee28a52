package app.hearth.site;

import app.hearth.blog.ArticleReading;
import app.hearth.blog.ArticleViews.Summary;
import app.hearth.blog.ArticleViews.TagCount;
import app.hearth.common.HearthConfig;
import app.hearth.therapist.Therapist;
import app.hearth.web.Revalidation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;

/** /sitemap.xml (sitemaps.org 0.9) and /robots.txt, both pointing search engines at public pages only. */
@Path("/")
class SitemapResource {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    @Inject
    ArticleReading articles;
    @Inject
    HearthConfig config;

    @GET
    @Path("sitemap.xml")
    @Produces("application/xml")
    public Response sitemap(@Context Request request) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NS);
        url(xml, "/", null);
        url(xml, "/therapists", null);
        url(xml, "/book", null);
        url(xml, "/blog", articles.lastChange());
        for (Therapist t : Therapist.listed()) {
            url(xml, "/therapists/" + t.slug, t.updatedAt);
            if (t.acceptingNewClients) {
                url(xml, "/book/" + t.slug, null);
            }
        }
        for (Summary a : articles.allPublished()) {
            url(xml, "/blog/" + a.slug(), a.lastModified());
        }
        for (TagCount tag : articles.tags()) {
            url(xml, "/blog/tags/" + tag.tag(), null);
        }
        url(xml, "/privacy", null);
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return Revalidation.withETag(request, out.toString(), "application/xml; charset=UTF-8");
    }

    @GET
    @Path("robots.txt")
    @Produces("text/plain")
    public String robots() {
        return "User-agent: *\n"
                + "Disallow: /manage/\n"
                + "Disallow: /intake/\n"
                + "Disallow: /api/\n"
                + "Disallow: /embed/\n"
                + "Disallow: /q/\n"
                + "Disallow: /calendar/\n"
                + "\n"
                + "Sitemap: " + config.publicUrl("/sitemap.xml") + "\n";
    }

    private void url(XMLStreamWriter xml, String path, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(config.publicUrl(path));
        xml.writeEndElement();
        if (lastModified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(lastModified.atOffset(ZoneOffset.UTC).toLocalDate().toString());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
