package app.hearth.calendarsync;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The CalDAV conversation (RFC 4791, 6764): discovery through /.well-known/caldav, current-user-principal and
 * calendar-home-set to the account's calendars, then a calendar-query REPORT with a UTC time-range for the events
 * of one calendar. The server's own expansion is not asked for: recurrence is expanded by {@link BusyExpander}.
 */
final class CalDav {

    static final String DAV = "DAV:";
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String PROPFIND_PRINCIPAL = """
            <d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/></d:prop></d:propfind>""";
    private static final String PROPFIND_HOME = """
            <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop><c:calendar-home-set/></d:prop></d:propfind>""";
    private static final String PROPFIND_CALENDARS = """
            <d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"><d:prop><d:resourcetype/><d:displayname/>\
            <cs:getctag/><d:sync-token/></d:prop></d:propfind>""";

    /**
     * A calendar of the account: its address (absolute), the name its owner gave it, and a tag that changes whenever
     * any of its events does (CS:getctag, else DAV:sync-token; null when the server offers neither).
     */
    record Found(String href, String name, String tag) {
    }

    private final CalendarHttp http;
    private final CalendarHttp.Login login;

    CalDav(CalendarHttp http, CalendarHttp.Login login) {
        this.http = http;
        this.login = login;
    }

    List<Found> discover(String address) throws CalendarHttp.Failed {
        URI base = URI.create(address);
        String principal = null;
        for (String start : List.of(base.resolve("/.well-known/caldav").toString(), address)) {
            principal = firstHref(propfind(start, "0", PROPFIND_PRINCIPAL, false), "current-user-principal");
            if (principal != null) {
                break;
            }
        }
        if (principal == null) {
            throw new CalendarHttp.Failed("The server does not look like a CalDAV server (no current-user-principal).");
        }
        String home = firstHref(propfind(principal, "0", PROPFIND_HOME, true), "calendar-home-set");
        if (home == null) {
            throw new CalendarHttp.Failed("The CalDAV account has no calendar home.");
        }
        List<Found> calendars = new ArrayList<>();
        Document listing = propfind(home, "1", PROPFIND_CALENDARS, true);
        for (Element response : children(listing.getDocumentElement(), DAV, "response")) {
            boolean calendar = !byName(response, CALDAV, "calendar").isEmpty();
            String href = text(response, DAV, "href");
            if (calendar && href != null) {
                String name = text(response, DAV, "displayname");
                String absolute = URI.create(home).resolve(href).toString();
                String ctag = text(response, "http://calendarserver.org/ns/", "getctag");
                String tag = ctag == null || ctag.isBlank() ? text(response, DAV, "sync-token") : ctag;
                calendars.add(new Found(absolute, name == null || name.isBlank() ? href : name.strip(),
                        tag == null || tag.isBlank() || tag.length() > 1000 ? null : tag));
            }
        }
        return calendars;
    }

    /** The iCalendar text of every event object in the calendar that touches [from, to). */
    List<String> events(String calendarHref, Instant from, Instant to) throws CalendarHttp.Failed {
        String query = """
                <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                <d:prop><d:getetag/><c:calendar-data/></d:prop>
                <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
                <c:time-range start="%s" end="%s"/></c:comp-filter></c:comp-filter></c:filter>
                </c:calendar-query>""".formatted(UTC.format(from), UTC.format(to));
        CalendarHttp.Answer answer = http.send("REPORT", calendarHref, login, xmlHeaders("1"), query);
        Document multistatus = multistatus(answer);
        List<String> objects = new ArrayList<>();
        for (Element data : byName(multistatus.getDocumentElement(), CALDAV, "calendar-data")) {
            if (!data.getTextContent().isBlank()) {
                objects.add(data.getTextContent());
            }
        }
        return objects;
    }

    private Document propfind(String address, String depth, String body, boolean required) throws CalendarHttp.Failed {
        CalendarHttp.Answer answer = http.send("PROPFIND", address, login, xmlHeaders(depth), body);
        if (!required && answer.status() != 207 && answer.status() != 401 && answer.status() != 403) {
            return null;
        }
        Document document = multistatus(answer);
        // relative hrefs in the answer are resolved against where the answer came from
        document.setDocumentURI(answer.from().toString());
        return document;
    }

    private static Map<String, String> xmlHeaders(String depth) {
        return Map.of("Depth", depth, "Content-Type", "application/xml; charset=utf-8");
    }

    private static Document multistatus(CalendarHttp.Answer answer) throws CalendarHttp.Failed {
        if (answer.status() == 401 || answer.status() == 403) {
            throw new CalendarHttp.Failed("The CalDAV server refused the username or app password (" + answer.status() + ").");
        }
        if (answer.status() != 207) {
            throw new CalendarHttp.Failed("The CalDAV server answered " + answer.status() + ".");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            Document document = builder.parse(new InputSource(new StringReader(answer.text())));
            document.setDocumentURI(answer.from().toString());
            return document;
        } catch (Exception e) {
            throw new CalendarHttp.Failed("The CalDAV server's answer was not readable XML.");
        }
    }

    private static String firstHref(Document document, String property) {
        if (document == null) {
            return null;
        }
        for (Element found : byName(document.getDocumentElement(), null, property)) {
            String href = text(found, DAV, "href");
            if (href != null) {
                return URI.create(document.getDocumentURI()).resolve(href.strip()).toString();
            }
        }
        return null;
    }

    private static List<Element> byName(Element root, String namespace, String local) {
        NodeList nodes = namespace == null ? root.getElementsByTagNameNS("*", local) : root.getElementsByTagNameNS(namespace, local);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static List<Element> children(Element parent, String namespace, String local) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && namespace.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static String text(Element parent, String namespace, String local) {
        List<Element> found = byName(parent, namespace, local);
        return found.isEmpty() ? null : found.get(0).getTextContent().strip();
    }
}
