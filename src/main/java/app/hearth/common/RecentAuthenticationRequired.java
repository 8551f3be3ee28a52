package app.hearth.common;

import jakarta.ws.rs.NameBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a sensitive API operation (inviting or deactivating staff, exporting or erasing a client's data, reading the
 * audit log, changing calendar credentials, practice security settings): its bearer token must come from a sign-in
 * within the last five minutes, else the answer is 401 type {@code /problems/reauthentication-required}. It lives in
 * common so any feature can mark its resources without depending on the sign-in code that enforces it.
 */
@NameBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RecentAuthenticationRequired {
}
