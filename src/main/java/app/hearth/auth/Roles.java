package app.hearth.auth;

/** The JWT groups Hearth knows; use these names in @RolesAllowed. */
public final class Roles {

    public static final String THERAPIST = "therapist";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
