package app.hearth.meeting;

/** How a discovery call happens. */
public enum MeetingKind {
    /** The therapist calls the client on the number given when booking. */
    PHONE,
    /** A video call in a room whose address the therapist gave once. */
    VIDEO_FIXED,
    /** A video call in a room made for this booking on the practice's video service. */
    VIDEO_GENERATED,
    /** At the practice's address. */
    IN_PERSON;

    public boolean isVideo() {
        return this == VIDEO_FIXED || this == VIDEO_GENERATED;
    }

    /** The stored name, or the fallback when it is missing or no longer known. */
    public static MeetingKind of(String name, MeetingKind fallback) {
        if (name == null) {
            return fallback;
        }
        for (MeetingKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return fallback;
    }
}
