package app.hearth.console;

import app.hearth.audit.AuditLog;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The audit log as CSV, written by Commons CSV. A cell a spreadsheet would take for a formula (starting with =, +,
 * -, @, a tab or a carriage return) is prefixed with an apostrophe, as OWASP's CSV-injection advice says, so an
 * address or detail typed by someone can never run in the reader's spreadsheet.
 */
final class AuditCsv {

    static final String[] HEADER = {"at", "actor", "action", "reference", "detail"};

    private AuditCsv() {
    }

    static String write(List<AuditLog.Line> lines) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (AuditLog.Line line : lines) {
                printer.printRecord(line.at().toString(), safe(line.actor()), line.action().name(),
                        safe(line.submissionReference()), safe(line.detail()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The cell as a spreadsheet shows it but never evaluates it. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
