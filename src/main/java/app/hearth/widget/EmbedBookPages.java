package app.hearth.widget;

import app.hearth.booking.BookingView;
import app.hearth.site.BookPages;
import app.hearth.site.PageMeta;
import app.hearth.site.SlotPicker;
import app.hearth.site.SlotPicker.Hidden;
import app.hearth.therapist.TherapistView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;

import java.util.List;

/**
 * The site's booking flow, served under /embed/book for the widget's frame: the same resource methods, partials
 * and form tokens (which need no cookie), in the frame layout, with the widget's options carried along every link
 * and form so the frame keeps talking to the page that embeds it.
 */
@Path("/embed/book")
public class EmbedBookPages extends BookPages {

    static final String BASE = "/embed/book";

    @Inject
    EmbedPolicy policy;
    @Inject
    CurrentVertxRequest request;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance choose(PageMeta meta, EmbedOptions embed, List<TherapistView> therapists,
                                              String base, String query);

        static native TemplateInstance times(PageMeta meta, EmbedOptions embed, Choice choice, SlotPicker picker,
                                             String notice, String query);

        static native TemplateInstance details(PageMeta meta, EmbedOptions embed, Choice choice, DetailsForm form);

        static native TemplateInstance confirmed(PageMeta meta, EmbedOptions embed, Choice choice,
                                                 Confirmation booked, BookingView view);
    }

    @Override
    protected String base() {
        return BASE;
    }

    @Override
    protected List<Hidden> carried() {
        return options().asFields();
    }

    @Override
    protected TemplateInstance chooseView(PageMeta meta, List<TherapistView> therapists) {
        return Templates.choose(meta, options(), therapists, BASE, query());
    }

    @Override
    protected TemplateInstance timesView(PageMeta meta, Choice choice, SlotPicker picker, String notice) {
        return Templates.times(meta, options(), choice, picker, notice, query());
    }

    @Override
    protected TemplateInstance detailsView(PageMeta meta, Choice choice, DetailsForm form) {
        return Templates.details(meta, options(), choice, form);
    }

    @Override
    protected TemplateInstance confirmedView(PageMeta meta, Choice choice, Confirmation confirmation, BookingView booked) {
        return Templates.confirmed(meta, options(), choice, confirmation, booked);
    }

    /** The options of this request, read from its address (forms post to an address that still carries them). */
    EmbedOptions options() {
        var params = request.getCurrent().queryParams();
        return EmbedOptions.of(params.get("origin"), params.get("color"), params.get("locale"), policy);
    }

    /** The options as a query string ("?origin=..."), or nothing, for links the templates build themselves. */
    private String query() {
        StringBuilder query = new StringBuilder();
        for (Hidden field : carried()) {
            query.append(query.isEmpty() ? '?' : '&').append(encode(field.name())).append('=')
                    .append(encode(field.value()));
        }
        return query.toString();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
