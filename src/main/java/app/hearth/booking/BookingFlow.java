package app.hearth.booking;

import app.hearth.web.Pages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands an edge the one booking flow's pages for its frame (a sub-resource), with what they work with. */
@ApplicationScoped
public class BookingFlow {

    @Inject
    Pages pages;
    @Inject
    SlotPickers pickers;
    @Inject
    BookingForm form;
    @Inject
    BookingService bookings;
    @Inject
    CallSummaries summaries;

    /** The flow's pages in the given frame: an edge returns this from its sub-resource locator. */
    public BookingPages in(Frame frame) {
        return new BookingPages(frame, this);
    }
}
