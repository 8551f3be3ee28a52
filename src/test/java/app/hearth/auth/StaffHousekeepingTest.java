package app.hearth.auth;

import app.hearth.support.StaffAccounts;
import app.hearth.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class StaffHousekeepingTest {

    @Inject
    StaffAccounts accounts;
    @Inject
    StaffSessions sessions;
    @Inject
    StaffHousekeeping housekeeping;
    @Inject
    TestClock clock;

    @Test
    void idleSessionsAreDeletedEvenWhenTheirCookieNeverComesBack() {
        User therapist = accounts.therapistLogin();
        sessions.start(therapist.id, SignInStage.SIGNED_IN);
        clock.advance(Duration.ofMinutes(10));
        String recent = sessions.start(therapist.id, SignInStage.SIGNED_IN);
        clock.advance(Duration.ofMinutes(25));
        housekeeping.purge();
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> StaffSession.count("userId", therapist.id)));
        assertTrue(sessions.find(recent).isPresent(), "the session used 25 minutes ago stays");
    }
}
