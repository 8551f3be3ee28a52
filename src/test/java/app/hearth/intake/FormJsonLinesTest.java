package app.hearth.intake;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormJsonLinesTest {

    private static final String GOOD = """
            {
              "title": "Short form",
              "sections": [ {
                "id": "s",
                "title": "About you",
                "questions": [ {
                  "id": "name",
                  "type": "SHORT_TEXT",
                  "label": "Your name",
                  "required": true
                } ]
              } ]
            }
            """;

    @Test
    void aGoodDefinitionHasNoMistakes() {
        FormJsonLines.Reading reading = FormJsonLines.read(GOOD);
        assertTrue(reading.ok());
        assertEquals("Short form", reading.definition().title());
    }

    @Test
    void aSyntaxErrorIsOnItsLine() {
        String broken = GOOD.replace("\"label\": \"Your name\",", "\"label\": \"Your name\"");
        List<FormJsonLines.Mistake> mistakes = FormJsonLines.read(broken).mistakes();
        assertEquals(1, mistakes.size());
        assertEquals(10, mistakes.get(0).line(), mistakes.toString());
    }

    @Test
    void anUnknownFieldIsOnItsLine() {
        String broken = GOOD.replace("\"required\": true", "\"required\": true,\n      \"colour\": \"red\"");
        List<FormJsonLines.Mistake> mistakes = FormJsonLines.read(broken).mistakes();
        assertEquals(11, mistakes.get(0).line(), mistakes.toString());
        assertTrue(mistakes.get(0).message().contains("colour"), mistakes.toString());
    }

    @Test
    void eachRuleBrokenIsOnTheLineOfWhatItNames() {
        String broken = GOOD.replace("\"Short form\"", "\"\"").replace("\"id\": \"name\"", "\"id\": \"Name!\"");
        List<FormJsonLines.Mistake> mistakes = FormJsonLines.read(broken).mistakes();
        assertEquals(2, mistakes.size(), mistakes.toString());
        assertEquals(2, mistakes.get(0).line(), "the title's line");
        assertEquals("title", mistakes.get(0).where());
        assertTrue(mistakes.get(1).line() == 6 || mistakes.get(1).line() == 7, "the question or its id: " + mistakes);
    }

    @Test
    void pathsBecomePointers() {
        assertEquals("/sections/1/questions/0/id", FormJsonLines.pointer("definition.sections[1].questions[0].id"));
        assertEquals("/title", FormJsonLines.pointer("definition.title"));
    }
}
