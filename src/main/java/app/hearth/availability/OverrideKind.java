package app.hearth.availability;

/** AVAILABLE hours replace a day's weekly hours; UNAVAILABLE removes the whole day or the given span. */
public enum OverrideKind {
    UNAVAILABLE, AVAILABLE
}
