package app.hearth.intake;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Small form definitions for unit tests, written as the JSON an admin would send. */
final class SampleForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleForms() {
    }

    static FormDefinition parse(String json) {
        try {
            return JSON.readValue(json.replace('\'', '"'), FormDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One question of each type, a chained condition and a consent. */
    static FormDefinition everyType() {
        return parse("""
                {'title': 'Test intake', 'sections': [
                  {'id': 'about', 'title': 'About you', 'questions': [
                    {'id': 'name', 'type': 'SHORT_TEXT', 'label': 'Full name', 'required': true, 'maxLength': 20},
                    {'id': 'story', 'type': 'LONG_TEXT', 'label': 'What brings you', 'required': false},
                    {'id': 'email', 'type': 'EMAIL', 'label': 'Email', 'required': true},
                    {'id': 'phone', 'type': 'PHONE', 'label': 'Phone', 'required': false},
                    {'id': 'born', 'type': 'DATE', 'label': 'Date of birth', 'required': true, 'pastOnly': true},
                    {'id': 'seen_before', 'type': 'SINGLE_CHOICE', 'label': 'Seen a therapist before?',
                     'required': true, 'options': [{'value': 'yes', 'label': 'Yes'}, {'value': 'no', 'label': 'No'}]},
                    {'id': 'seen_when', 'type': 'SHORT_TEXT', 'label': 'When?', 'required': true,
                     'showIf': {'question': 'seen_before', 'anyOf': ['yes']}},
                    {'id': 'seen_helpful', 'type': 'SINGLE_CHOICE', 'label': 'Was it helpful?', 'required': true,
                     'options': [{'value': 'yes', 'label': 'Yes'}, {'value': 'no', 'label': 'No'}],
                     'showIf': {'question': 'seen_before', 'anyOf': ['yes']}},
                    {'id': 'seen_why_not', 'type': 'LONG_TEXT', 'label': 'What was missing?', 'required': true,
                     'showIf': {'question': 'seen_helpful', 'anyOf': ['no']}},
                    {'id': 'contact_ways', 'type': 'MULTIPLE_CHOICE', 'label': 'How may we contact you?',
                     'required': true, 'options': [{'value': 'email', 'label': 'Email'},
                       {'value': 'phone', 'label': 'Phone'}, {'value': 'text', 'label': 'Text message'}]},
                    {'id': 'voicemail_ok', 'type': 'SINGLE_CHOICE', 'label': 'May we leave a voicemail?',
                     'required': true, 'options': [{'value': 'yes', 'label': 'Yes'}, {'value': 'no', 'label': 'No'}],
                     'showIf': {'question': 'contact_ways', 'anyOf': ['phone', 'text']}},
                    {'id': 'mood', 'type': 'SCALE', 'label': 'Mood today', 'required': false, 'min': 1, 'max': 10},
                    {'id': 'consent', 'type': 'CONSENT', 'label': 'Consent to treatment', 'required': true,
                     'consentText': 'I agree.', 'consentVersion': '2026-11'}
                  ]}]}
                """);
    }

    /** PHQ-9 and GAD-7 items only. */
    static FormDefinition screeningForm() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 9; i++) {
            items.append(item("PHQ9", i)).append(',');
        }
        for (int i = 1; i <= 7; i++) {
            items.append(item("GAD7", i)).append(i < 7 ? "," : "");
        }
        return parse("{'title': 'Screening', 'sections': [{'id': 's', 'title': 'Screening', 'questions': ["
                + items + "]}]}");
    }

    private static String item(String instrument, int n) {
        return "{'id': '" + instrument.toLowerCase() + "_" + n + "', 'type': 'SCALE', 'label': 'Item " + n
                + "', 'required': true, 'min': 0, 'max': 3, 'instrument': '" + instrument + "', 'item': " + n + "}";
    }
}
