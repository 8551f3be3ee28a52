package app.hearth.staff;

import app.hearth.auth.Passkeys;
import jakarta.ws.rs.FormParam;

/** The hidden fields passkey.js fills in from the browser's authentication ceremony, each base64url. */
public class PasskeyAnswer {

    @FormParam("credentialId")
    String credentialId;
    @FormParam("clientDataJSON")
    String clientDataJSON;
    @FormParam("authenticatorData")
    String authenticatorData;
    @FormParam("signature")
    String signature;
    @FormParam("userHandle")
    String userHandle;

    Passkeys.Assertion assertion() {
        return new Passkeys.Assertion(credentialId, clientDataJSON, authenticatorData, signature,
                userHandle == null || userHandle.isEmpty() ? null : userHandle);
    }
}
