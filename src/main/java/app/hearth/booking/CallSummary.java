package app.hearth.booking;

import app.hearth.meeting.Location;

import java.time.Instant;

/**
 * One booked call as the confirmation and manage pages show it: when, with whom, how, the intake invitation and
 * the ways to put it in a calendar.
 *
 * @param how         how the call happens, in a sentence
 * @param intakeUrl   the pre-linked intake form, or null once sent or when none is offered
 * @param intakeDone  whether the client has sent it
 */
record CallSummary(String reference, Instant start, String when, String therapistName, String email,
                   String manageUrl, Location location, String how, String intakeUrl, boolean intakeDone,
                   String icsUrl, String googleUrl, String outlookUrl, boolean active) {
}
