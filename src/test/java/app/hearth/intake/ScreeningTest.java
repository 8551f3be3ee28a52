package app.hearth.intake;

import app.hearth.intake.Screening.Instrument;
import app.hearth.intake.Screening.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScreeningTest {

    @ParameterizedTest(name = "PHQ-9 total {0} is {1}")
    @CsvSource({
            "0, MINIMAL", "4, MINIMAL", "5, MILD", "9, MILD", "10, MODERATE", "14, MODERATE",
            "15, MODERATELY_SEVERE", "19, MODERATELY_SEVERE", "20, SEVERE", "27, SEVERE"})
    void phq9Bands(int total, Severity expected) {
        assertEquals(expected, Instrument.PHQ9.severityOf(total));
    }

    @ParameterizedTest(name = "GAD-7 total {0} is {1}")
    @CsvSource({"0, MINIMAL", "4, MINIMAL", "5, MILD", "9, MILD", "10, MODERATE", "14, MODERATE", "15, SEVERE",
            "21, SEVERE"})
    void gad7Bands(int total, Severity expected) {
        assertEquals(expected, Instrument.GAD7.severityOf(total));
    }

    @ParameterizedTest(name = "PHQ-9 items {0} total {1} ({2})")
    @CsvSource({
            "'0,0,0,0,0,0,0,0,0', 0, MINIMAL",
            "'1,1,1,1,1,0,0,0,0', 5, MILD",
            "'2,2,2,2,2,0,0,0,0', 10, MODERATE",
            "'3,3,3,3,3,0,0,0,0', 15, MODERATELY_SEVERE",
            "'3,3,3,3,3,3,2,0,0', 20, SEVERE",
            "'3,3,3,3,3,3,3,3,3', 27, SEVERE"})
    void phq9Totals(String items, int total, Severity severity) {
        Screening.Score score = Screening.score(Instrument.PHQ9, items(items));
        assertEquals(total, score.total());
        assertEquals(severity, score.severity());
    }

    @Test
    void outOfRangeTotalsAndItemsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Instrument.GAD7.severityOf(22));
        assertThrows(IllegalArgumentException.class, () -> Instrument.PHQ9.severityOf(-1));
        assertThrows(IllegalArgumentException.class, () -> Screening.score(Instrument.GAD7, items("1,1,1,1,1,1")));
        assertThrows(IllegalArgumentException.class, () -> Screening.score(Instrument.GAD7, items("1,1,1,1,1,1,4")));
    }

    @ParameterizedTest(name = "PHQ-9 item 9 = {0}: urgent {1}")
    @CsvSource({"0, false", "1, true", "2, true", "3, true"})
    void selfHarmItemAboveZeroIsUrgent(int item9, boolean urgent) {
        FormDefinition form = SampleForms.screeningForm();
        Map<String, Object> answers = new HashMap<>();
        for (int i = 1; i <= 8; i++) {
            answers.put("phq9_" + i, 0);
        }
        answers.put("phq9_9", item9);
        Screening.Result result = Screening.assess(form, answers);
        assertEquals(urgent, result.urgent());
        assertEquals(List.of(new Screening.Score(Instrument.PHQ9, item9, Severity.MINIMAL)), result.scores());
    }

    @Test
    void incompleteInstrumentIsNotScoredButItem9StillCounts() {
        FormDefinition form = SampleForms.screeningForm();
        Screening.Result result = Screening.assess(form, Map.of("phq9_9", 2, "gad7_1", 3));
        assertTrue(result.scores().isEmpty());
        assertTrue(result.urgent());
        assertFalse(Screening.assess(form, Map.of("gad7_1", 3)).urgent());
    }

    private static Map<Integer, Integer> items(String csv) {
        Map<Integer, Integer> items = new HashMap<>();
        String[] parts = csv.split(",");
        for (int i = 0; i < parts.length; i++) {
            items.put(i + 1, Integer.parseInt(parts[i].strip()));
        }
        return items;
    }
}
