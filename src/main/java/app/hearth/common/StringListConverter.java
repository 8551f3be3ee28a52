package app.hearth.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.List;

/** Stores a short list of strings as a JSON array in one column: read whole, never queried by element. */
@Converter
public class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a list of strings is always JSON", e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        try {
            return column == null || column.isBlank() ? List.of() : List.copyOf(JSON.readValue(column, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is not JSON", e);
        }
    }
}
