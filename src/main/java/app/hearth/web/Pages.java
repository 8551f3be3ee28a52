package app.hearth.web;

import app.hearth.common.HearthConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/** Builds the per-page metadata every page template receives, from the public URL and the practice's name. */
@ApplicationScoped
public class Pages {

    @Inject
    HearthConfig config;

    /** A page's metadata; the title gets the practice's name appended unless it already is that name. */
    public PageMeta meta(String title, String description, String path) {
        String practice = config.practiceName();
        String fullTitle = title.equals(practice) ? practice : title + " | " + practice;
        return new PageMeta(fullTitle, description, config.publicUrl(path), practice, "website", null, false, List.of(),
                null);
    }

    public String absolute(String path) {
        return path == null || path.startsWith("http") ? path : config.publicUrl(path);
    }

    public String practiceName() {
        return config.practiceName();
    }

    /** Shortens text for a meta description at a word boundary. */
    public static String clip(String text, int max) {
        String plain = text.strip().replaceAll("\\s+", " ");
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max - 1);
        return plain.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

}
