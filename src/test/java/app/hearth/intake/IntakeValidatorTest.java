package app.hearth.intake;

import app.hearth.common.Problem.FieldError;
import app.hearth.intake.IntakeValidator.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class IntakeValidatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final FormDefinition FORM = SampleForms.everyType();

    static Map<String, Object> complete() {
        Map<String, Object> a = new HashMap<>();
        a.put("name", "Sam Lee");
        a.put("email", "sam@example.org");
        a.put("born", "1990-04-02");
        a.put("seen_before", "no");
        a.put("contact_ways", List.of("email"));
        a.put("consent", Map.of("agreed", true, "signature", "Sam Lee"));
        return a;
    }

    private static IntakeValidator.Result submit(Map<String, Object> answers) {
        return IntakeValidator.validate(FORM, answers, Mode.SUBMIT, TODAY, NOW);
    }

    private static Map<String, String> errors(IntakeValidator.Result result) {
        return result.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::message));
    }

    @Test
    void aCompleteAnswerPassesAndTheConsentIsStampedWithTimeAndTextVersion() {
        IntakeValidator.Result result = submit(complete());
        assertTrue(result.valid(), result.errors().toString());
        assertEquals(Map.of("agreed", true, "signature", "Sam Lee", "signedAt", "2026-11-30T12:00:00Z",
                "textVersion", "2026-11"), result.answers().get("consent"));
    }

    @Test
    void everyWrongFieldIsReportedAtOnceWithOneEntryEach() {
        Map<String, Object> a = new HashMap<>();
        a.put("name", "x".repeat(21));
        a.put("email", "not-an-address");
        a.put("phone", "call me");
        a.put("born", "2030-01-01");
        a.put("seen_before", "maybe");
        a.put("contact_ways", List.of("email", "pigeon"));
        a.put("mood", 11);
        a.put("favourite_colour", "blue");
        IntakeValidator.Result result = submit(a);
        assertEquals(Map.of(
                "answers.name", "must be at most 20 characters",
                "answers.email", "must be a valid email address",
                "answers.phone", "must be a phone number of digits, spaces and + ( ) . -",
                "answers.born", "must not be in the future",
                "answers.seen_before", "must be one of the offered choices",
                "answers.contact_ways", "must only hold offered choices",
                "answers.mood", "must be a whole number from 1 to 10",
                "answers.favourite_colour", "is not a question of this form",
                "answers.consent", "must be agreed to and signed with your full name"), errors(result));
        assertEquals(9, result.errors().size());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> conditions() {
        return Stream.of(
                // seen_before=no hides the whole chain, so nothing more is required
                arguments(Map.of("seen_before", "no"), List.of()),
                // yes shows "when" and "helpful", both required
                arguments(Map.of("seen_before", "yes"), List.of("answers.seen_when", "answers.seen_helpful")),
                // helpful=no shows the third level
                arguments(Map.of("seen_before", "yes", "seen_when", "2019", "seen_helpful", "no"),
                        List.of("answers.seen_why_not")),
                arguments(Map.of("seen_before", "yes", "seen_when", "2019", "seen_helpful", "yes"), List.of()),
                // multiple choice: any of the listed values shows the question
                arguments(Map.of("contact_ways", List.of("email", "text")), List.of("answers.voicemail_ok")),
                arguments(Map.of("contact_ways", List.of("email")), List.of()));
    }

    @ParameterizedTest
    @MethodSource("conditions")
    void requiredRespectsConditionsThroughChains(Map<String, Object> changes, List<String> missing) {
        Map<String, Object> a = complete();
        a.putAll(changes);
        assertEquals(missing.stream().sorted().toList(),
                submit(a).errors().stream().map(FieldError::field).sorted().toList());
    }

    @Test
    void answersToHiddenQuestionsAreDroppedNotStored() {
        Map<String, Object> a = complete();
        a.put("seen_before", "no");
        a.put("seen_when", "2019");
        a.put("seen_helpful", "no");
        a.put("seen_why_not", "details that must not be kept");
        IntakeValidator.Result result = submit(a);
        assertTrue(result.valid());
        assertFalse(result.answers().containsKey("seen_when"));
        assertFalse(result.answers().containsKey("seen_why_not"));
    }

    @Test
    void aDraftMayBeIncompleteButNotWrong() {
        IntakeValidator.Result empty = IntakeValidator.validate(FORM, Map.of("name", "Sam"), Mode.DRAFT, TODAY, NOW);
        assertTrue(empty.valid());
        assertEquals(Map.of("name", "Sam"), empty.answers());
        IntakeValidator.Result wrong = IntakeValidator.validate(FORM, Map.of("email", "nope"), Mode.DRAFT, TODAY, NOW);
        assertEquals(Map.of("answers.email", "must be a valid email address"), errors(wrong));
    }

    @Test
    void controlCharactersAndWrongTypesAreRefused() {
        Map<String, Object> a = complete();
        a.put("name", "Sam\r\nBcc: someone");
        a.put("story", "line one\nline two\u0007");
        a.put("seen_before", 1);
        a.put("consent", "yes");
        assertEquals(Map.of(
                "answers.name", "must be one line without control or invisible formatting characters",
                "answers.story", "must not contain control or invisible formatting characters",
                "answers.seen_before", "must be one of the offered choices",
                "answers.consent", "must be {agreed, signature}"), errors(submit(a)));
    }

    @Test
    void consentNeedsAgreementAndATypedName() {
        Map<String, Object> a = complete();
        a.put("consent", Map.of("agreed", true, "signature", "  "));
        assertEquals(Map.of("answers.consent", "must be agreed to and signed with your full name"), errors(submit(a)));
        a.put("consent", Map.of("agreed", false, "signature", "Sam Lee"));
        assertEquals(Map.of("answers.consent", "must be agreed to and signed with your full name"), errors(submit(a)));
    }

    @Test
    void longTextKeepsLineBreaksAndScaleAcceptsFormStrings() {
        Map<String, Object> a = complete();
        a.put("story", "  first\nsecond  ");
        a.put("mood", "7");
        IntakeValidator.Result result = submit(a);
        assertTrue(result.valid(), result.errors().toString());
        assertEquals("first\nsecond", result.answers().get("story"));
        assertEquals(7, result.answers().get("mood"));
    }
}
