package app.hearth.support;

import app.hearth.therapist.BookingPolicy;
import app.hearth.availability.OverrideKind;
import app.hearth.availability.TimeOff;
import app.hearth.availability.WeeklyHoursRow;
import app.hearth.therapist.Therapist;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Creates test therapists directly in the database, each with a unique slug so tests never share one. */
@ApplicationScoped
public class Fixtures {

    @Inject
    TestClock clock;

    public static final BookingPolicy NO_LIMITS = new BookingPolicy(0, 0, 0, 365, 96);

    /** A therapist with the same hours on every weekday (Monday to Friday). */
    @Transactional
    public Therapist therapist(String zone, BookingPolicy policy, String start, String end) {
        return therapist("t-" + UUID.randomUUID().toString().substring(0, 8), zone, policy,
                List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
                start, end);
    }

    @Transactional
    public Therapist therapist(String slug, String zone, BookingPolicy policy, List<DayOfWeek> days, String start,
                               String end) {
        Therapist t = new Therapist();
        t.slug = slug;
        t.name = "Dr " + slug;
        t.timezone = zone;
        t.bio = "Test therapist";
        t.specialties = List.of("Anxiety");
        t.languages = List.of("English");
        t.applyPolicy(policy);
        t.createdAt = clock.instant();
        t.updatedAt = clock.instant();
        t.persist();
        for (DayOfWeek day : days) {
            WeeklyHoursRow.of(t.id, day, LocalTime.parse(start), LocalTime.parse(end)).persist();
        }
        return t;
    }

    @Transactional
    public void override(Therapist therapist, LocalDate date, OverrideKind kind, String start, String end) {
        TimeOff off = new TimeOff();
        off.therapistId = therapist.id;
        off.date = date;
        off.kind = kind;
        off.start = start == null ? null : LocalTime.parse(start);
        off.end = end == null ? null : LocalTime.parse(end);
        off.createdAt = clock.instant();
        off.persist();
    }

    /** Takes every existing therapist out of "any", so a test of "any" sees only the therapists it creates. */
    @Transactional
    public void retireAllTherapists() {
        Therapist.update("active = false");
    }

    @Transactional
    public void deactivate(Therapist therapist) {
        Therapist.update("active = false where id = ?1", therapist.id);
    }

    @Transactional
    public void setAccepting(Therapist therapist, boolean accepting) {
        Therapist.update("acceptingNewClients = ?1 where id = ?2", accepting, therapist.id);
    }

    @Transactional
    public String storedTokenHash(String reference) {
        return Therapist.getEntityManager().createQuery(
                        "select b.manageTokenHash from Booking b where b.reference = :reference", String.class)
                .setParameter("reference", reference).getSingleResult();
    }

    @Transactional
    public long activeBookings(Therapist therapist) {
        return Therapist.getEntityManager().createQuery(
                        "select count(b) from Booking b where b.therapist.id = :id and b.status = app.hearth.booking.BookingStatus.CONFIRMED",
                        Long.class)
                .setParameter("id", therapist.id).getSingleResult();
    }

    /** How many therapists /book lists (other tests add theirs to the same database). */
    @Transactional
    public int listedTherapists() {
        return Therapist.bookable().size();
    }
}
