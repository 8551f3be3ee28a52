package app.hearth.auth;

/** The answer to a successful sign-in: a bearer JWT and how many seconds it stays valid. */
public record AccessToken(String accessToken, String tokenType, long expiresIn) {
}
