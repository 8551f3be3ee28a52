package app.hearth.console;

import app.hearth.intake.IntakeSearch;
import app.hearth.staff.StaffPage;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The console's intake list filter as the page's query gives it: therapist, dates sent (the practice's zone, both
 * ends included), urgent or not, linked to a booking or not, and the page number. Kept as typed, so the form shows
 * it back.
 */
public record IntakeListFilter(String therapist, String from, String to, String urgent, String linked, String page) {

    private static final Set<String> YES_NO = Set.of("", "yes", "no");

    public IntakeListFilter {
        therapist = clean(therapist);
        from = clean(from);
        to = clean(to);
        urgent = clean(urgent);
        linked = clean(linked);
        page = clean(page);
    }

    int pageNumber() {
        try {
            return page.isEmpty() ? 0 : Math.max(0, Math.min(100_000, Integer.parseInt(page)));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    List<StaffPage.FieldError> errors() {
        List<StaffPage.FieldError> errors = new ArrayList<>();
        if (!therapist.isEmpty() && !therapist.matches("\\d{1,18}")) {
            errors.add(new StaffPage.FieldError("therapist", "Therapist", "is not one of the listed therapists"));
        }
        LocalDate since = FilterFields.date(from, "from", "From", errors);
        LocalDate until = FilterFields.date(to, "to", "To", errors);
        if (since != null && until != null && until.isBefore(since)) {
            errors.add(new StaffPage.FieldError("to", "To", "must not be before the start date"));
        }
        if (!YES_NO.contains(urgent)) {
            errors.add(new StaffPage.FieldError("urgent", "Urgent", "must be yes, no or either"));
        }
        if (!YES_NO.contains(linked)) {
            errors.add(new StaffPage.FieldError("linked", "Linked to a booking", "must be yes, no or either"));
        }
        return errors;
    }

    /** The search this filter asks for; call only when {@link #errors()} found none. */
    IntakeSearch.Filter toSearch(ZoneId zone) {
        return new IntakeSearch.Filter(therapist.isEmpty() ? null : Long.valueOf(therapist),
                from.isEmpty() ? null : LocalDate.parse(from).atStartOfDay(zone).toInstant(),
                to.isEmpty() ? null : LocalDate.parse(to).plusDays(1).atStartOfDay(zone).toInstant(),
                yesNo(urgent), yesNo(linked));
    }

    /** The list's address with this filter on another page. */
    String query(int number) {
        return "/staff/admin/intakes?therapist=" + FilterFields.encode(therapist) + "&from=" + FilterFields.encode(from) + "&to=" + FilterFields.encode(to)
                + "&urgent=" + FilterFields.encode(urgent) + "&linked=" + FilterFields.encode(linked) + "&page=" + number;
    }

    private static Boolean yesNo(String value) {
        return value.isEmpty() ? null : value.equals("yes");
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
