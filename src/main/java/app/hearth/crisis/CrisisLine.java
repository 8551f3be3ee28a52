package app.hearth.crisis;

/**
 * One place to turn in a crisis.
 *
 * @param name    what the service is called
 * @param contact how to reach it ("Call or text 9-8-8")
 * @param when    when it answers or when to use it
 */
public record CrisisLine(String name, String contact, String when) {
}
