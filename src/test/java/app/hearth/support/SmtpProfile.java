package app.hearth.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** Tests that read what the relay sends: a real GreenMail SMTP server instead of the .eml drop. */
public class SmtpProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(SmtpTestResource.class));
    }
}
