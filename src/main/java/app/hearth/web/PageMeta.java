package app.hearth.web;

import java.util.ArrayList;
import java.util.List;

/** What the layout needs besides the page's own content: title, description, canonical URL, sharing tags, JSON-LD. */
public record PageMeta(String title, String description, String canonical, String siteName, String ogType,
                       String image, boolean noindex, List<String> jsonLd, String section, String clientZone) {

    public PageMeta(String title, String description, String canonical, String siteName, String ogType,
                    String image, boolean noindex, List<String> jsonLd, String section) {
        this(title, description, canonical, siteName, ogType, image, noindex, jsonLd, section, null);
    }

    /** The zone the client chose, which picks the country of the crisis lines in the footer. */
    public PageMeta forZone(String zone) {
        return new PageMeta(title, description, canonical, siteName, ogType, image, noindex, jsonLd, section, zone);
    }

    public PageMeta withType(String type) {
        return new PageMeta(title, description, canonical, siteName, type, image, noindex, jsonLd, section, clientZone);
    }

    public PageMeta withImage(String absoluteUrl) {
        return new PageMeta(title, description, canonical, siteName, ogType, absoluteUrl, noindex, jsonLd, section, clientZone);
    }

    /** Pages reached through a secret link (manage) or holding someone's details stay out of search engines. */
    public PageMeta hidden() {
        return new PageMeta(title, description, canonical, siteName, ogType, image, true, jsonLd, section, clientZone);
    }

    public PageMeta inSection(String name) {
        return new PageMeta(title, description, canonical, siteName, ogType, image, noindex, jsonLd, name, clientZone);
    }

    /** Adds one JSON-LD document, already serialised by {@link JsonLd} so it is safe inside a script element. */
    public PageMeta withJsonLd(String document) {
        List<String> all = new ArrayList<>(jsonLd);
        all.add(document);
        return new PageMeta(title, description, canonical, siteName, ogType, image, noindex, List.copyOf(all), section, clientZone);
    }

    public boolean isSection(String name) {
        return name.equals(section);
    }
}
