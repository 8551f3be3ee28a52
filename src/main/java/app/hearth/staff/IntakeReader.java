package app.hearth.staff;

import app.hearth.intake.IntakeApi.IntakeDetail;
import app.hearth.intake.Screening;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An opened intake as the reader page shows it (template {@code intake-reader.html}), shared by the therapist's
 * intakes and the practice console so both show answers the same way. {@code linkBooking} says whether the reader
 * may follow the call to the therapist's booking page.
 */
public record IntakeReader(String reference, String form, int version, String submitted, boolean urgent,
                           String booking, boolean linkBooking, List<Score> scores, List<Answer> answers,
                           String timezone) {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.CANADA);

    public record Score(String instrument, int total, int max, String band) {
    }

    public record Answer(String section, String question, String text) {
    }

    /** The opened intake with its times in this zone. */
    public static IntakeReader of(IntakeDetail detail, ZoneId zone, boolean linkBooking) {
        List<Score> scores = detail.screening().stream().map(IntakeReader::score).toList();
        List<Answer> answers = detail.answers().stream().map(a -> new Answer(a.section(), a.label(), text(a.answer())))
                .toList();
        return new IntakeReader(detail.reference(), detail.formTitle(), detail.formVersion(),
                WHEN.format(detail.submittedAt().atZone(zone)), detail.urgent(), detail.bookingReference(), linkBooking,
                scores, answers, zone.getId());
    }

    static Score score(Screening.Score s) {
        String name = s.instrument() == Screening.Instrument.PHQ9 ? "PHQ-9" : "GAD-7";
        String band = s.severity().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return new Score(name, s.total(), s.instrument().maxTotal(), band);
    }

    /** An answer as text: choices joined, a consent record by what was agreed. */
    private static String text(Object answer) {
        if (answer instanceof Collection<?> many) {
            return String.join(", ", many.stream().map(String::valueOf).toList());
        }
        if (answer instanceof Map<?, ?> record) {
            return record.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .reduce((a, b) -> a + "; " + b).orElse("");
        }
        return String.valueOf(answer);
    }
}
