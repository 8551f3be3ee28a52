package app.hearth.intake;

import app.hearth.common.Problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FormDefinitionTest {

    @Test
    void theTestFormsAreWellFormed() {
        assertEquals(List.of(), SampleForms.everyType().problems());
        assertEquals(List.of(), SampleForms.screeningForm().problems());
    }

    @Test
    void everyBrokenQuestionIsNamed() {
        FormDefinition broken = SampleForms.parse("""
                {'title': 'Broken', 'sections': [{'id': 'a', 'title': 'A', 'questions': [
                  {'id': 'Bad Id', 'type': 'SHORT_TEXT', 'label': 'x'},
                  {'id': 'pick', 'type': 'SINGLE_CHOICE', 'label': 'Pick'},
                  {'id': 'later', 'type': 'SHORT_TEXT', 'label': 'Later', 'showIf': {'question': 'nowhere', 'anyOf': ['x']}},
                  {'id': 'consent', 'type': 'CONSENT', 'label': 'Consent'},
                  {'id': 'phq9_1', 'type': 'SCALE', 'label': 'Item', 'required': true, 'min': 0, 'max': 3,
                   'instrument': 'PHQ9', 'item': 1}
                ]}]}
                """);
        List<FieldError> problems = broken.problems();
        assertEquals(List.of("definition.sections[0].questions[0]", "definition.sections[0].questions[1]",
                        "definition.sections[0].questions[2]", "definition.sections[0].questions[3]",
                        "definition.sections"),
                problems.stream().map(FieldError::field).toList());
        assertTrue(problems.get(4).message().contains("PHQ9"));
    }
}
