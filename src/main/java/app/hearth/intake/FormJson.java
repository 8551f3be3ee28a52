package app.hearth.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.Map;

/** JSON for what the intake package stores: form definitions in clear, answer payloads before sealing. */
final class FormJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private FormJson() {
    }

    static FormDefinition definition(String json) {
        try {
            return JSON.readValue(json, FormDefinition.class);
        } catch (IOException e) {
            throw new IllegalStateException("a stored form definition is not valid JSON", e);
        }
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("intake values are always JSON", e);
        }
    }

    static byte[] bytes(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("intake values are always JSON", e);
        }
    }

    static Map<String, Object> map(byte[] json) {
        try {
            return JSON.readValue(json, MAP);
        } catch (IOException e) {
            throw new IllegalStateException("an opened intake payload is not JSON", e);
        }
    }
}
