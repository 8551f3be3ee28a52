package app.hearth.availability;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A stored date override; conflicts is present only in the answer to a change. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeOffView(Long id, LocalDate date, OverrideKind kind,
                          @JsonFormat(pattern = "HH:mm") LocalTime start,
                          @JsonFormat(pattern = "HH:mm") LocalTime end,
                          List<BookingConflict> conflicts) {

    static TimeOffView of(TimeOff off, List<BookingConflict> conflicts) {
        return new TimeOffView(off.id, off.date, off.kind, off.start, off.end, conflicts);
    }
}
