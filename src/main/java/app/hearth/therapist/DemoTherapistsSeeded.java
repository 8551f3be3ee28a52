package app.hearth.therapist;

import java.util.List;

/**
 * Fired inside the transaction that seeds the demo therapists, so features that own a therapist's other
 * demo data (weekly hours) add theirs atomically, without this package knowing about them.
 */
public record DemoTherapistsSeeded(List<Therapist> therapists) {
}
