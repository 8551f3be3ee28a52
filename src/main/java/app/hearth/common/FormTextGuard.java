package app.hearth.common;

import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Refuses an HTML form whose fields hold text PostgreSQL cannot store (NUL, or half of a surrogate pair) before the
 * endpoint runs, so no lookup or insert ever sees it: a 400 that names the field, the HTML error page on pages.
 * The form is read once here and the endpoint gets the same fields. {@link NulGuard} does the same for the address,
 * headers and JSON bodies.
 */
public class FormTextGuard {

    @ServerRequestFilter
    @WithFormRead
    public void refuseUnstorable(ResteasyReactiveContainerRequestContext context) {
        if (!(context.getServerRequestContext() instanceof ResteasyReactiveRequestContext request)) {
            return;
        }
        FormData form = request.getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            if (TextRules.isUnstorable(name)) {
                throw new InvalidInputException("body", "holds a character that cannot be stored, such as NUL");
            }
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem() && value.getValue() != null && TextRules.isUnstorable(value.getValue())) {
                    throw new InvalidInputException(name, "holds a character that cannot be stored, such as NUL");
                }
            }
        }
    }
}
