package app.hearth.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Serialises schema.org data for a script element. Jackson escapes the JSON; "<", ">" and "&" additionally
 * become \\u escapes so no text (an article title, a therapist's name) can close the script element.
 */
public final class JsonLd {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    public static Map<String, Object> thing(String type) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@context", "https://schema.org");
        thing.put("@type", type);
        return thing;
    }

    public static String write(Object document) {
        try {
            return JSON.writeValueAsString(document)
                    .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("JSON-LD documents are plain maps and lists", e);
        }
    }
}
