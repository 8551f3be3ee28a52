package app.hearth.seal;

import java.time.Duration;

/**
 * What an HTML form does ("book", "manage", "intake", later "staff") and how long a page may stay open before its
 * token expires. A token issued for one purpose is refused for every other.
 *
 * @param name     the purpose's name, bound into each token
 * @param lifetime how long after the page was served its form may still be sent
 */
public record FormPurpose(String name, Duration lifetime) {
}
