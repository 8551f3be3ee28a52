package app.hearth.blog;

import java.time.Instant;

/** When to publish: left out means now (or the article's own earlier date, for an imported one); a future time schedules. */
record PublishRequest(Instant at) {
}
