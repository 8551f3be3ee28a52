package app.hearth.team;

import app.hearth.auth.User;
import app.hearth.therapist.BookingPolicy;
import app.hearth.common.ConflictException;
import app.hearth.common.Constraints;
import app.hearth.common.InvalidInputException;
import app.hearth.common.NotFoundException;
import app.hearth.therapist.Therapist;
import app.hearth.therapist.TherapistPhoto;
import app.hearth.common.Secrets;
import app.hearth.image.CleanImage;
import app.hearth.availability.AvailabilityChanged;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Creates, changes and retires therapists and their logins. Deactivating hides a therapist and stops new
 * bookings; their existing bookings and their login stay, so the calls already booked still happen.
 */
@ApplicationScoped
class AdminTherapistService {

    private static final Logger LOG = Logger.getLogger(AdminTherapistService.class);

    @Inject
    Event<AvailabilityChanged> changed;
    @Inject
    Clock clock;

    public List<AdminTherapistView> list() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<Long, User> logins = User.<User>list("therapist is not null").stream()
                    .collect(Collectors.toMap(u -> u.therapist.id, Function.identity()));
            return Therapist.<Therapist>list("order by name, id").stream()
                    .map(t -> AdminTherapistView.of(t, logins.get(t.id))).toList();
        });
    }

    public AdminTherapistView get(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> view(find(id)));
    }

    public AdminTherapistView create(TherapistRequest request) {
        return uniqueSlug(() -> {
            Therapist therapist = new Therapist();
            therapist.createdAt = clock.instant();
            apply(therapist, request);
            therapist.persistAndFlush();
            changed.fire(new AvailabilityChanged(therapist.id));
            LOG.infof("admin created therapist %d (%s)", therapist.id, therapist.slug);
            return view(therapist);
        });
    }

    public AdminTherapistView update(Long id, TherapistRequest request) {
        return uniqueSlug(() -> {
            Therapist therapist = Therapist.lockForBooking(find(id).id);
            apply(therapist, request);
            Therapist.flush();
            changed.fire(new AvailabilityChanged(id));
            LOG.infof("admin updated therapist %d", id);
            return view(therapist);
        });
    }

    /**
     * Stores a cleaned photo and points the profile at its versioned address, in one transaction; the profile
     * change is reported like any other, so every instance drops what it cached about this therapist.
     */
    public void setPhoto(Long id, CleanImage image) {
        QuarkusTransaction.requiringNew().run(() -> {
            Therapist therapist = Therapist.lockForBooking(find(id).id);
            TherapistPhoto photo = TherapistPhoto.findById(id);
            if (photo == null) {
                photo = new TherapistPhoto();
                photo.therapistId = id;
            }
            photo.version = Secrets.fingerprint(image.bytes());
            photo.contentType = image.contentType();
            photo.bytes = image.bytes();
            photo.width = image.width();
            photo.height = image.height();
            photo.updatedAt = clock.instant();
            photo.persist();
            therapist.photoUrl = TherapistPhoto.path(id, photo.version);
            therapist.updatedAt = photo.updatedAt;
            changed.fire(new AvailabilityChanged(id));
            LOG.infof("therapist %d has a new photo", id);
        });
    }

    /** Hidden from the site and from new bookings at once; bookings already made stay confirmed. */
    public AdminTherapistView setActive(Long id, boolean active) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Therapist therapist = Therapist.lockForBooking(find(id).id);
            therapist.active = active;
            if (!active) {
                // a reactivated therapist asks for a new feed URL; the old one never works again
                therapist.calendarFeedTokenHash = null;
            }
            therapist.updatedAt = clock.instant();
            changed.fire(new AvailabilityChanged(id));
            LOG.infof("admin %s therapist %d", active ? "reactivated" : "deactivated", id);
            return view(therapist);
        });
    }

    /** Switches the login off; its tokens stop working on the next request. */
    public void disableLogin(Long id) {
        QuarkusTransaction.requiringNew().run(() -> {
            find(id);
            User login = User.forTherapist(id).orElseThrow(() -> new NotFoundException("This therapist has no login."));
            login.active = false;
            login.updatedAt = clock.instant();
            LOG.infof("admin disabled the login of therapist %d (user %d)", id, login.id);
        });
    }

    private void apply(Therapist therapist, TherapistRequest request) {
        therapist.slug = request.slug();
        therapist.name = request.name().strip();
        therapist.pronouns = blankToNull(request.pronouns());
        therapist.credentials = blankToNull(request.credentials());
        therapist.bio = blankToNull(request.bio());
        therapist.photoUrl = blankToNull(request.photoUrl());
        therapist.timezone = request.timezone();
        therapist.email = blankToNull(request.email());
        therapist.specialties = request.specialties() == null ? List.of() : List.copyOf(request.specialties());
        therapist.languages = request.languages() == null ? List.of() : List.copyOf(request.languages());
        therapist.acceptingNewClients = request.acceptingNewClients() == null || request.acceptingNewClients();
        if (request.bookingPolicy() != null) {
            therapist.applyPolicy(request.bookingPolicy());
        } else if (therapist.id == null) {
            therapist.applyPolicy(BookingPolicy.DEFAULT);
        }
        therapist.updatedAt = clock.instant();
    }

    private AdminTherapistView uniqueSlug(Supplier<AdminTherapistView> change) {
        try {
            return QuarkusTransaction.requiringNew().call(change::get);
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "therapist_slug_unique")) {
                throw new ConflictException("slug-taken", "Another therapist already has this slug.");
            }
            throw e;
        }
    }

    private static AdminTherapistView view(Therapist therapist) {
        return AdminTherapistView.of(therapist, User.forTherapist(therapist.id).orElse(null));
    }

    private static Therapist find(Long id) {
        Therapist therapist = Therapist.findById(id);
        if (therapist == null) {
            throw new NotFoundException("No therapist has that id.");
        }
        return therapist;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
