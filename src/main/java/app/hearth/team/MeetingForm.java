package app.hearth.team;

import app.hearth.booking.MeetingSettings;
import jakarta.ws.rs.FormParam;

/** The "how calls happen" form of the profile page as posted; checkboxes are present only when ticked. */
public class MeetingForm {
    @FormParam("formToken") String formToken;
    @FormParam("kind") String kind;
    @FormParam("url") String url;
    @FormParam("intakeForm") String intakeForm;
    @FormParam("renewRoom") String renewRoom;
    @FormParam("applyToUpcoming") String applyToUpcoming;

    static MeetingForm of(MeetingSettings.View view) {
        MeetingForm form = new MeetingForm();
        form.kind = view.kind();
        form.url = view.url();
        form.intakeForm = view.intakeForm();
        form.renewRoom = view.renewRoomOnReschedule() ? "on" : null;
        return form;
    }

    MeetingSettings.Change change() {
        return new MeetingSettings.Change(kind == null ? "" : kind, url == null || url.isBlank() ? null : url.strip(),
                intakeForm, renewRoom != null, applyToUpcoming != null);
    }

    public String kind() { return kind; }
    public String url() { return url; }
    public String intakeForm() { return intakeForm; }
    public boolean renewRoom() { return renewRoom != null; }
    public boolean applyToUpcoming() { return applyToUpcoming != null; }

    public boolean is(String name) {
        return name.equals(kind);
    }
}
