package app.hearth.support;

import app.hearth.seal.ProofOfWork;
import io.restassured.path.json.JsonPath;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static io.restassured.RestAssured.given;

/** Solves the booking proof-of-work puzzle as a client would: fetch a challenge, search for its number. */
public final class Puzzles {

    private Puzzles() {
    }

    /** A solution of a fresh challenge from the API, ready for the Hearth-Proof-Of-Work header. */
    public static String solved() {
        JsonPath challenge = given().when().get("/api/bookings/challenge").then().statusCode(200).extract().jsonPath();
        return solve(challenge.getString("challenge"), challenge.getString("salt"), challenge.getString("signature"),
                challenge.getInt("maxnumber"));
    }

    public static String solve(String challenge, String salt, String signature, int max) {
        for (int n = 0; n <= max; n++) {
            if (ProofOfWork.hash(salt, n).equals(challenge)) {
                return payload(challenge, salt, signature, n);
            }
        }
        throw new AssertionError("no number up to " + max + " solves the challenge");
    }

    public static String payload(String challenge, String salt, String signature, int number) {
        String json = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + challenge + "\",\"number\":" + number
                + ",\"salt\":\"" + salt + "\",\"signature\":\"" + signature + "\"}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
