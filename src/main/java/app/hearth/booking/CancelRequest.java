package app.hearth.booking;

import app.hearth.common.MultilineText;
import jakarta.validation.constraints.Size;

/** Why a booking is cancelled; optional. */
record CancelRequest(@Size(max = 1000) @MultilineText String reason) {
}
