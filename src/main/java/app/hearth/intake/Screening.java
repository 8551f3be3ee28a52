package app.hearth.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Scores the PHQ-9 (depression) and GAD-7 (anxiety) screeners on the server: each item 0-3, the total, and the
 * published severity band. Any PHQ-9 item 9 answer above 0 (thoughts of self-harm) makes a submission urgent.
 */
public final class Screening {

    /** The PHQ-9 item asking about thoughts of being better off dead or of self-harm. */
    public static final int PHQ9_SELF_HARM_ITEM = 9;

    private Screening() {
    }

    /** A screener with its item count and severity bands (lowest total of each band, ascending). */
    public enum Instrument {
        PHQ9(9, new int[] {0, 5, 10, 15, 20},
                new Severity[] {Severity.MINIMAL, Severity.MILD, Severity.MODERATE, Severity.MODERATELY_SEVERE,
                        Severity.SEVERE}),
        GAD7(7, new int[] {0, 5, 10, 15},
                new Severity[] {Severity.MINIMAL, Severity.MILD, Severity.MODERATE, Severity.SEVERE});

        private final int items;
        private final int[] bandStarts;
        private final Severity[] bands;

        Instrument(int items, int[] bandStarts, Severity[] bands) {
            this.items = items;
            this.bandStarts = bandStarts;
            this.bands = bands;
        }

        public Set<Integer> itemNumbers() {
            return IntStream.rangeClosed(1, items).boxed().collect(Collectors.toSet());
        }

        public int maxTotal() {
            return items * 3;
        }

        public Severity severityOf(int total) {
            if (total < 0 || total > maxTotal()) {
                throw new IllegalArgumentException(name() + " totals run from 0 to " + maxTotal());
            }
            Severity band = bands[0];
            for (int i = 0; i < bandStarts.length; i++) {
                if (total >= bandStarts[i]) {
                    band = bands[i];
                }
            }
            return band;
        }
    }

    /** Severity bands as the instruments' authors name them. */
    public enum Severity {
        MINIMAL, MILD, MODERATE, MODERATELY_SEVERE, SEVERE
    }

    /** One instrument's result. */
    public record Score(Instrument instrument, int total, Severity severity) {
    }

    /** Every complete instrument's score, and whether the answers call for urgent attention. */
    public record Result(List<Score> scores, boolean urgent) {
    }

    /** The score of one instrument from its item answers (item number to 0-3); every item must be answered. */
    public static Score score(Instrument instrument, Map<Integer, Integer> itemAnswers) {
        if (!itemAnswers.keySet().equals(instrument.itemNumbers())) {
            throw new IllegalArgumentException(instrument + " needs an answer to each of its items");
        }
        int total = 0;
        for (int answer : itemAnswers.values()) {
            if (answer < 0 || answer > 3) {
                throw new IllegalArgumentException("items are scored 0 to 3");
            }
            total += answer;
        }
        return new Score(instrument, total, instrument.severityOf(total));
    }

    /** Scores the instruments a form carries, from validated answers (scale answers are integers). */
    public static Result assess(FormDefinition form, Map<String, Object> answers) {
        Map<Instrument, Map<Integer, Integer>> items = new TreeMap<>();
        for (Question q : form.questions()) {
            if (q.scored() && answers.get(q.id()) instanceof Integer value) {
                items.computeIfAbsent(Instrument.valueOf(q.instrument()), k -> new TreeMap<>()).put(q.item(), value);
            }
        }
        List<Score> scores = new ArrayList<>();
        items.forEach((instrument, answered) -> {
            if (answered.keySet().equals(instrument.itemNumbers())) {
                scores.add(score(instrument, answered));
            }
        });
        Integer selfHarm = items.getOrDefault(Instrument.PHQ9, Map.of()).get(PHQ9_SELF_HARM_ITEM);
        return new Result(scores, selfHarm != null && selfHarm > 0);
    }
}
