package app.hearth.calendarsync;

import app.hearth.seal.Binding;
import app.hearth.seal.Sealed;
import app.hearth.seal.Sealer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.nio.charset.StandardCharsets;

/**
 * Seals a connection's address, username and password with the one sealing component, each bound to the connection's
 * id and its field, so a value copied to another row or another column does not open. Stored as "keyId:payload".
 */
@ApplicationScoped
class ConnectionSecrets {

    @Inject
    Sealer sealer;

    String seal(Long connectionId, String field, String value) {
        if (value == null) {
            return null;
        }
        Sealed sealed = sealer.seal(value.getBytes(StandardCharsets.UTF_8), binding(connectionId, field));
        return sealed.keyId() + ":" + sealed.payload();
    }

    String open(Long connectionId, String field, String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        Sealed sealed = new Sealed(stored.substring(0, colon), stored.substring(colon + 1));
        return new String(sealer.open(sealed, binding(connectionId, field)), StandardCharsets.UTF_8);
    }

    private static Binding binding(Long connectionId, String field) {
        return Binding.of("calendar_connection", connectionId, field);
    }
}
