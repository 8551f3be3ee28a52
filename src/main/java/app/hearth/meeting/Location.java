package app.hearth.meeting;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where one call happens, as every surface shows it (pages, mails, invitations, the API).
 *
 * @param kind    how the call happens
 * @param url     the video room (video kinds only)
 * @param address the practice's address (in person only)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Location(MeetingKind kind, String url, String address) {

    public static Location phone() {
        return new Location(MeetingKind.PHONE, null, null);
    }

    public static Location video(MeetingKind kind, String url) {
        return new Location(kind, url, null);
    }

    public static Location inPerson(String address) {
        return new Location(MeetingKind.IN_PERSON, null, address);
    }

    @JsonIgnore
    public boolean isVideo() {
        return kind.isVideo() && url != null;
    }

    @JsonIgnore
    public boolean isPhone() {
        return kind == MeetingKind.PHONE;
    }

    @JsonIgnore
    public boolean isInPerson() {
        return kind == MeetingKind.IN_PERSON;
    }

    /** One line for a calendar's LOCATION and for add-to-calendar links: the room, the address, or "Phone call". */
    @JsonIgnore
    public String calendarText() {
        return switch (kind) {
            case PHONE -> "Phone call";
            case VIDEO_FIXED, VIDEO_GENERATED -> url == null ? "Video call" : url;
            case IN_PERSON -> address == null ? "In person" : address;
        };
    }

    /** A sentence for the client, naming the therapist: how the call will happen. */
    public String sentence(String therapistName) {
        return switch (kind) {
            case PHONE -> therapistName + " will phone you at the number you gave.";
            case VIDEO_FIXED, VIDEO_GENERATED -> "A video call: join at " + (url == null ? "the link we send" : url)
                    + " at the time of the call. Nothing to install; a browser is enough.";
            case IN_PERSON -> "In person at " + (address == null ? "the practice" : address) + ".";
        };
    }

    /** A short heading: "By phone", "By video", "In person". */
    @JsonIgnore
    public String label() {
        return switch (kind) {
            case PHONE -> "By phone";
            case VIDEO_FIXED, VIDEO_GENERATED -> "By video";
            case IN_PERSON -> "In person";
        };
    }
}
