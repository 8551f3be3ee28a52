package app.hearth.intake;

import java.util.List;

/** What a client whose answers suggest risk of self-harm is shown at once, before anyone reads the form. */
final class CrisisResources {

    static final List<IntakeApi.CrisisResource> CANADA = List.of(
            new IntakeApi.CrisisResource("Suicide Crisis Helpline", "Call or text 9-8-8", "any time, day or night"),
            new IntakeApi.CrisisResource("Emergency services", "Call 911 or go to your nearest emergency department",
                    "if you are in immediate danger"));

    private CrisisResources() {
    }
}
