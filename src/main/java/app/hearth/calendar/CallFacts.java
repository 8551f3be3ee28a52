package app.hearth.calendar;

import app.hearth.meeting.Location;

import java.time.Instant;

/**
 * What a calendar may say about one discovery call: deliberately little. No message, no phone, no email of
 * the other party; the client's name appears only in what the therapist receives.
 *
 * @param reference     the booking's reference, stable for its life
 * @param sequence      the iCalendar SEQUENCE, one higher after every change a calendar must follow
 * @param manageUrl     the client's manage link, or null when it is not known (only its hash is stored)
 * @param clientName    the client's name for the therapist's copy, or null
 * @param location      where the call happens (the room or the practice's address, never the client's phone)
 */
record CallFacts(String reference, int sequence, Instant start, Instant end, boolean cancelled,
                        String practiceName, String organizerEmail, String therapistName, String manageUrl,
                        String clientName, Location location) {
}
