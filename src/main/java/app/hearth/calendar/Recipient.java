package app.hearth.calendar;

import java.time.ZoneId;

/** Who a calendar is for, in which zone its times are written, and whether they are the client or the therapist. */
public record Recipient(String name, String email, ZoneId zone, Audience audience) {

    public enum Audience {
        CLIENT, THERAPIST
    }
}
