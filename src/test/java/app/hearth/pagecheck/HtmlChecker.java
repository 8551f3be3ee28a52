package app.hearth.pagecheck;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C Nu HTML checker run in-process on a document's text: the same schema, parser and checks as the
 * public checker, with the schema read from the copy inside the validator jar (nothing is fetched).
 */
final class HtmlChecker {

    /** The checker's full HTML schema (HTML plus SVG, MathML, ARIA, RDFa), as the public service uses it. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private static HtmlChecker shared;

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    private HtmlChecker() {
        // no log4j set-up of its own, no logging of URLs, no language guessing (slow, and not a conformance rule)
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(SCHEMA, collector);
            // buffer the whole document as a browser does, and never load external entities
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu checker's built-in schema did not load", e);
        }
    }

    /** One checker per test run: reading the schema takes seconds, checking a page milliseconds. */
    static synchronized HtmlChecker shared() {
        if (shared == null) {
            shared = new HtmlChecker();
        }
        return shared;
    }

    /** The errors in the document, each with its line, column and the source line around it. */
    synchronized List<String> errors(String html) {
        collector.errors.clear();
        try {
            validator.checkHtmlInputSource(new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
        } catch (IOException | SAXException e) {
            return List.of("the checker stopped: " + e.getMessage());
        }
        List<String> lines = html.lines().toList();
        return collector.errors.stream().map(e -> describe(e, lines)).toList();
    }

    /** Line, column, message and the offending source (shortened around the column), so a report needs no second look. */
    private static String describe(SAXParseException error, List<String> lines) {
        int line = error.getLineNumber();
        int column = error.getColumnNumber();
        String where = "line " + line + ", column " + column + ": " + error.getMessage();
        if (line < 1 || line > lines.size()) {
            return where;
        }
        String source = lines.get(line - 1);
        int to = Math.min(source.length(), Math.max(column, 0) + 40);
        int from = Math.max(0, Math.min(column, to) - 100);
        return where + "\n      " + source.substring(from, to).strip();
    }

    /** Keeps errors (warnings and notes are advice, not conformance failures). */
    private static final class Collector implements ErrorHandler {
        final List<SAXParseException> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException exception) {
            // advice only
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(e);
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(e);
        }
    }
}
