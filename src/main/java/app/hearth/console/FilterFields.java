package app.hearth.console;

import app.hearth.staff.StaffPage;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;

/** What the console's list filters read from a query string and write back into their paging links. */
final class FilterFields {

    private FilterFields() {
    }

    /** An optional date field; a value that is not a date adds the field's error and counts as absent. */
    static LocalDate date(String value, String id, String label, List<StaffPage.FieldError> errors) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            errors.add(new StaffPage.FieldError(id, label, "must be a date such as 2026-12-01"));
            return null;
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
