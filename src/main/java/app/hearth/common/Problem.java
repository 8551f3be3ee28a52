package app.hearth.common;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** An RFC 9457 problem document, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** One offending input field, named by its JSON path ("client.email") or query parameter. */
    public record FieldError(String field, String message) {
    }
}
