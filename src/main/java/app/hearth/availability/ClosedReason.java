package app.hearth.availability;

/** Why a quarter-hour a client might expect is not offered, or FREE when it is; the preview shows these. */
public enum ClosedReason {
    FREE("free"),
    OUTSIDE_HOURS("outside your hours that day"),
    TIME_OFF("time off"),
    BOOKED("already booked"),
    CALENDAR_BUSY("busy in your calendar"),
    BUFFER("buffer around another call"),
    MINIMUM_NOTICE("inside the minimum notice"),
    BEYOND_HORIZON("beyond how far ahead clients may book"),
    DAY_FULL("the day's maximum of calls is reached");

    private final String text;

    ClosedReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
