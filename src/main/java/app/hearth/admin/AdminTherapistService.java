package app.hearth.admin;

import app.hearth.auth.User;
import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Creates, changes and retires therapists and their logins. */
@ApplicationScoped
public class AdminTherapistService {

    @Transactional
    public List<AdminTherapistView> list() {
        Map<Long, User> logins = User.<User>list("therapist is not null").stream()
                .collect(Collectors.toMap(u -> u.therapist.id, Function.identity()));
        return Therapist.<Therapist>list("order by name").stream()
                .map(t -> AdminTherapistView.of(t, logins.get(t.id))).toList();
    }
}
