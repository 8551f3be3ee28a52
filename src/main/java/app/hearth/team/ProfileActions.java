package app.hearth.team;

import app.hearth.audit.AuditLog.Action;
import app.hearth.auth.AccountAudit;
import app.hearth.auth.StaffSessions;
import app.hearth.calendar.CalendarFeeds;
import app.hearth.booking.MeetingService;
import app.hearth.common.InvalidInputException;
import app.hearth.image.CleanImage;
import app.hearth.image.ImageCleaner;
import app.hearth.image.ImageRejected;
import app.hearth.staff.StaffGate;
import app.hearth.staff.StaffPage;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** The profile page's other forms: a new photo, a new calendar-feed address, and how calls happen. */
@Path("/staff/profile")
@Produces(MediaType.TEXT_HTML)
public class ProfileActions {

    /** Uploads above this are refused; the HTTP body limit for this path leaves room for the form around it. */
    static final long MAX_PHOTO_BYTES = 5L * 1024 * 1024;
    /** Large enough for a sharp portrait on high-density screens, small enough to serve quickly. */
    static final int PHOTO_SIDE = 800;
    private static final ImageCleaner PHOTOS = new ImageCleaner(MAX_PHOTO_BYTES, PHOTO_SIDE);

    @Inject
    StaffGate gate;
    @Inject
    ProfileScreen screen;
    @Inject
    AdminTherapistService therapists;
    @Inject
    CalendarFeeds feeds;
    @Inject
    MeetingService meetings;
    @Inject
    AccountAudit audit;

    @POST
    @Path("photo")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response photo(@CookieParam(StaffGate.COOKIE) String cookie, @RestForm("formToken") String formToken,
                          @RestForm("photo") FileUpload upload) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, formToken);
        long id = gate.therapist(session).id;
        try {
            CleanImage image = PHOTOS.clean(read(upload));
            therapists.setPhoto(id, image);
            audit.record(session.userId(), Action.PROFILE_CHANGED, "therapist " + id + " photo");
            return StaffGate.seeOther("/staff/profile?done=photo");
        } catch (ImageRejected e) {
            List<StaffPage.FieldError> errors = List.of(new StaffPage.FieldError("photo", "Photo", e.getMessage()));
            return screen.answer(400, session, new ProfileScreen.Parts(null, errors, null, null, null));
        }
    }

    /** The upload's bytes; one over the limit is refused by its size, without reading it. */
    private static byte[] read(FileUpload upload) throws ImageRejected {
        if (upload == null || upload.uploadedFile() == null || upload.size() == 0) {
            throw new ImageRejected("Choose a picture to upload.");
        }
        if (upload.size() > MAX_PHOTO_BYTES) {
            throw new ImageRejected("The picture is larger than 5 MB.");
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new secret feed address, shown this once; the old address stops working at once. */
    @POST
    @Path("feed")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response feed(@CookieParam(StaffGate.COOKIE) String cookie, @FormParam("formToken") String formToken) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, formToken);
        gate.requireRecent(session, "/staff/profile");
        String url = feeds.rotate(gate.therapist(session).id);
        return screen.answer(200, session, new ProfileScreen.Parts(
                "Your new calendar address is below. Copy it now: it is shown only once.", List.of(), null, null, url));
    }

    @POST
    @Path("meeting")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response meeting(@CookieParam(StaffGate.COOKIE) String cookie, @BeanParam MeetingForm form) {
        StaffSessions.Current session = gate.signedIn(cookie);
        gate.checkForm(session, form.formToken);
        try {
            meetings.change(gate.therapist(session).id, form.change());
            return StaffGate.seeOther("/staff/profile?done=meeting");
        } catch (InvalidInputException e) {
            List<StaffPage.FieldError> errors = e.errors().stream().map(ProfileActions::meetingError).toList();
            return screen.answer(400, session, new ProfileScreen.Parts(null, errors, null, form, null));
        }
    }

    private static StaffPage.FieldError meetingError(app.hearth.common.Problem.FieldError error) {
        return switch (error.field()) {
            case "url" -> new StaffPage.FieldError("url", "Video room address", error.message());
            case "intakeForm" -> new StaffPage.FieldError("intakeForm", "Intake form offered",
                    "is not a published intake form; leave it empty for the practice's default, or write none");
            default -> new StaffPage.FieldError("kind-PHONE", "How calls happen", error.message().startsWith("IN_PERSON")
                    ? "calls in person need the practice's address, which the practice has not set"
                    : "choose one of the ways offered");
        };
    }
}
