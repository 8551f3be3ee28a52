package app.hearth.console;

import app.hearth.audit.AuditLog;
import app.hearth.staff.StaffPage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The audit page's filter, from the page's query (GET) or the export form (POST): person, client reference, action,
 * and a range of dates in the practice's zone, both ends included.
 */
public class AuditFilter {

    final String person;
    final String reference;
    final String action;
    final String from;
    final String to;
    final String page;

    AuditFilter(String person, String reference, String action, String from, String to, String page) {
        this.person = person;
        this.reference = reference;
        this.action = action;
        this.from = from;
        this.to = to;
        this.page = page;
    }

    public String person() { return blank(person) ? "" : person.strip(); }
    public String reference() { return blank(reference) ? "" : reference.strip(); }
    public String from() { return blank(from) ? "" : from.strip(); }
    public String to() { return blank(to) ? "" : to.strip(); }
    public String action() { return blank(action) ? "" : action.strip(); }

    int page() {
        try {
            return blank(page) ? 0 : Math.max(0, Math.min(100_000, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    List<StaffPage.FieldError> errors(ZoneId zone) {
        List<StaffPage.FieldError> errors = new ArrayList<>();
        if (person().length() > 254) {
            errors.add(new StaffPage.FieldError("person", "Person", "is too long"));
        }
        if (reference().length() > 40) {
            errors.add(new StaffPage.FieldError("reference", "Client reference", "is too long"));
        }
        if (!blank(action) && Arrays.stream(AuditLog.Action.values()).noneMatch(a -> a.name().equals(action))) {
            errors.add(new StaffPage.FieldError("action", "Action", "is not one of the listed actions"));
        }
        LocalDate since = FilterFields.date(from(), "from", "From", errors);
        LocalDate until = FilterFields.date(to(), "to", "To", errors);
        if (since != null && until != null && until.isBefore(since)) {
            errors.add(new StaffPage.FieldError("to", "To", "must not be before the start date"));
        }
        return errors;
    }

    AuditLog.Filter toFilter(ZoneId zone) {
        LocalDate since = blank(from) ? null : LocalDate.parse(from());
        LocalDate until = blank(to) ? null : LocalDate.parse(to());
        Instant start = since == null ? null : since.atStartOfDay(zone).toInstant();
        Instant end = until == null ? null : until.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditLog.Filter(blank(person) ? null : person(), blank(reference) ? null : reference(),
                blank(action) ? null : AuditLog.Action.valueOf(action), start, end);
    }

    /** The page's address with this filter on another page of lines. */
    String query(int number) {
        return "/staff/admin/audit?person=" + FilterFields.encode(person()) + "&reference=" + FilterFields.encode(reference()) + "&action="
                + FilterFields.encode(blank(action) ? "" : action) + "&from=" + FilterFields.encode(from()) + "&to=" + FilterFields.encode(to())
                + "&page=" + number;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
