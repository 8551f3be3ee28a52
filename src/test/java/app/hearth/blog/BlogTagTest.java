package app.hearth.blog;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tag route's check of an address, on the image's small thread stack (-Xss512k) and with a long address. */
class BlogTagTest {

    @Test
    void tagsAreWordsJoinedBySingleHyphens() {
        assertTrue(BlogPages.isTag("sleep-and-anxiety"));
        assertTrue(BlogPages.isTag("cbt2"));
        for (String wrong : new String[]{"", "-sleep", "sleep-", "sleep--well", "Sleep", "sleep well", "schlaf-ü"}) {
            assertFalse(BlogPages.isTag(wrong), wrong);
        }
    }

    @Test
    void aTagOfThousandsOfGroupsIsRefusedOnASmallStack() throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Boolean> answer = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                answer.set(BlogPages.isTag("a-".repeat(4000) + "a"));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "small-stack", 512 * 1024);
        small.start();
        small.join();
        assertNull(failure.get());
        assertEquals(Boolean.FALSE, answer.get());
    }
}
