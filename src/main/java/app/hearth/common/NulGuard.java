package app.hearth.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses a NUL character before any query sees it: PostgreSQL cannot store one in text and answers with an
 * error, while H2 takes it silently. The address and headers are checked before routing, every JSON string as
 * it is read (so the answer names the field), and {@link FormTextGuard} checks HTML form fields before the endpoint;
 * {@link UnstorableText} stays as the last line behind them.
 */
@ApplicationScoped
public class NulGuard implements ObjectMapperCustomizer {

    static final String PROBLEM = "{\"type\":\"/problems/validation\",\"title\":\"Invalid input\",\"status\":400,"
            + "\"detail\":\"The request holds a NUL character, which no field accepts.\"}";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            if (holdsNul(context.request())) {
                context.response().setStatusCode(400).putHeader("Content-Type", ProblemMapper.PROBLEM_JSON).end(PROBLEM);
            } else {
                context.next();
            }
        });
    }

    static boolean holdsNul(HttpServerRequest request) {
        if (request.uri().toLowerCase(Locale.ROOT).contains("%00")) {
            return true;
        }
        for (Map.Entry<String, String> header : request.headers()) {
            if (TextRules.hasNul(header.getKey()) || TextRules.hasNul(header.getValue())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-guard").addDeserializer(String.class, new NulRefusingStrings()));
    }

    private static final class NulRefusingStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && TextRules.isUnstorable(value)) {
                throw InvalidFormatException.from(parser, "holds a NUL character or a lone surrogate", value,
                        String.class);
            }
            return value;
        }
    }
}
