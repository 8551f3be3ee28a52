package app.hearth.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Brontë", "山田 太郎", "أحمد علي", "مهسا\u200Cی", "👩\u200D👩\u200D👧 family", "O'Brien-Smith"})
    void realTextInAnyScriptIsOneLine(String text) {
        assertTrue(TextRules.isSingleLine(text));
        assertTrue(TextRules.isMultiLine(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u202Eb", "a\u202Ab", "a\u2066b", "a\u2069b", "a\u200Eb", "a\u200Fb", "a\u061Cb",
            "a\u200Bb", "a\uFEFFb", "a\u0000b", "a\u0007b"})
    void hiddenAndControlCharactersAreRefusedEverywhere(String text) {
        assertFalse(TextRules.isSingleLine(text));
        assertFalse(TextRules.isMultiLine(text));
    }

    @Test
    void lineBreaksAndTabsAreForMultiLineTextOnly() {
        assertFalse(TextRules.isSingleLine("first\r\nsecond"));
        assertFalse(TextRules.isSingleLine("first\u2028second"));
        assertTrue(TextRules.isMultiLine("first\r\n\tsecond"));
    }

    /** The image runs with -Xss512k: the longest answer (4,000 characters) must be checked on such a stack. */
    @Test
    void theLongestAnswerIsCheckedOnASmallStack() throws InterruptedException {
        String answer = "Trouble sleeping.\n".repeat(250).substring(0, 4000);
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                outcome.set(TextRules.isMultiLine(answer) && TextRules.isSingleLine(answer.replace('\n', ' ')));
            } catch (StackOverflowError e) {
                outcome.set(e);
            }
        }, "small-stack", 512 * 1024);
        small.start();
        small.join();
        assertEquals(Boolean.TRUE, outcome.get());
    }
}
