package app.hearth.common;

/** The JWT groups Hearth knows; use these names in @RolesAllowed. */
public final class Roles {

    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";
    /** Held only by the short-lived token that lets an account enrol its required second factor. */
    public static final String ENROLMENT = "enrolment";

    private Roles() {
    }
}
