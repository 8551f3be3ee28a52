package app.hearth.blog;

import app.hearth.blog.ArticleViews.Detail;
import app.hearth.blog.ArticleViews.Summary;
import app.hearth.common.HearthConfig;
import app.hearth.web.Revalidation;
import app.hearth.web.SiteExtensions;
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
import java.util.List;

/** The blog as an Atom feed (RFC 4287): the newest articles with their sanitized HTML. */
@Path("/blog/feed.xml")
class FeedResource {

    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final int ENTRIES = 20;

    @Inject
    ArticleReading articles;
    @Inject
    HearthConfig config;

    @GET
    @Produces("application/atom+xml")
    public Response feed(@Context Request request) throws XMLStreamException {
        List<Summary> newest = articles.allPublished().stream().limit(ENTRIES).toList();
        Instant updated = articles.lastChange();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        text(xml, "id", config.publicUrl("/blog"));
        text(xml, "title", config.practiceName() + ": blog");
        text(xml, "updated", SiteExtensions.datetime(updated == null ? Instant.EPOCH : updated));
        link(xml, "self", config.publicUrl("/blog/feed.xml"), "application/atom+xml");
        link(xml, "alternate", config.publicUrl("/blog"), "text/html");
        xml.writeStartElement("author");
        text(xml, "name", config.practiceName());
        xml.writeEndElement();
        for (Summary summary : newest) {
            Detail article = articles.detail(summary.slug());
            xml.writeStartElement("entry");
            text(xml, "id", article.url());
            text(xml, "title", article.title());
            link(xml, "alternate", article.url(), "text/html");
            text(xml, "published", SiteExtensions.datetime(article.publishedAt()));
            Instant changed = article.lastModified();
            text(xml, "updated", SiteExtensions.datetime(changed));
            if (article.author() != null) {
                xml.writeStartElement("author");
                text(xml, "name", article.author().name());
                text(xml, "uri", config.publicUrl("/therapists/" + article.author().slug()));
                xml.writeEndElement();
            }
            for (String tag : article.tags()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", tag);
            }
            text(xml, "summary", article.summary());
            xml.writeStartElement("content");
            xml.writeAttribute("type", "html");
            xml.writeCharacters(article.html());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return Revalidation.withETag(request, out.toString(), "application/atom+xml; charset=UTF-8");
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}
