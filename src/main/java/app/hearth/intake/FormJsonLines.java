package app.hearth.intake;

import app.hearth.common.Problem.FieldError;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A form definition typed as JSON in the console, read with the line of every mistake: a syntax error or unknown
 * field where Jackson stops, and each of the definition's own problems at the line of the value it names (or of the
 * nearest enclosing value when that one is missing). Pure: no CDI, no database.
 */
public final class FormJsonLines {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** One mistake, with the 1-based line it is on (0 when none can be named). */
    public record Mistake(int line, String where, String message) {
    }

    /** Either a definition with no problems, or the mistakes that stop it. */
    public record Reading(FormDefinition definition, List<Mistake> mistakes) {
        boolean ok() {
            return mistakes.isEmpty();
        }
    }

    private FormJsonLines() {
    }

    public static Reading read(String json) {
        if (json == null || json.isBlank()) {
            return new Reading(null, List.of(new Mistake(1, "definition", "is empty")));
        }
        FormDefinition definition;
        try {
            definition = JSON.readValue(json, FormDefinition.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            if (e instanceof UnrecognizedPropertyException unknown && !unknown.getPath().isEmpty()) {
                // the parser has moved past the unknown field by now; its path names the line it is on
                line = lineOf(pointer(unknown.getPath()), lines(json));
            }
            String message = e.getOriginalMessage().lines().findFirst().orElse("is not valid JSON");
            return new Reading(null, List.of(new Mistake(line, "definition", message)));
        }
        if (definition == null) {
            return new Reading(null, List.of(new Mistake(1, "definition", "must be a JSON object")));
        }
        List<FieldError> problems = definition.problems();
        if (problems.isEmpty()) {
            return new Reading(definition, List.of());
        }
        Map<String, Integer> lines = lines(json);
        List<Mistake> mistakes = new ArrayList<>();
        for (FieldError problem : problems) {
            mistakes.add(new Mistake(lineOf(pointer(problem.field()), lines), shown(problem.field()), problem.message()));
        }
        return new Reading(definition, mistakes);
    }

    /** "definition.sections[1].questions[0].id" as a JSON pointer: "/sections/1/questions/0/id". */
    static String pointer(String field) {
        String path = field.startsWith("definition") ? field.substring("definition".length()) : field;
        return path.replaceAll("\\[(\\d+)]", "/$1").replace('.', '/');
    }

    private static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference step : path) {
            pointer.append('/').append(step.getFieldName() != null ? step.getFieldName() : Integer.toString(step.getIndex()));
        }
        return pointer.toString();
    }

    private static String shown(String field) {
        return field.startsWith("definition.") ? field.substring("definition.".length()) : field;
    }

    private static int lineOf(String pointer, Map<String, Integer> lines) {
        String at = pointer;
        while (true) {
            Integer line = lines.get(at);
            if (line != null) {
                return line;
            }
            if (at.isEmpty()) {
                return 0;
            }
            at = at.substring(0, Math.max(0, at.lastIndexOf('/')));
        }
    }

    /** The line each value starts on, by its JSON pointer ("" for the whole document). */
    static Map<String, Integer> lines(String json) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    context = context.getParent();
                }
                String pointer = context == null || context.inRoot() ? "" : context.pathAsPointer().toString();
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // the definition already parsed once, so this cannot fail; lines found so far still help
            return lines;
        }
        return lines;
    }
}
