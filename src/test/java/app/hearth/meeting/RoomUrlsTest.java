package app.hearth.meeting;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which video addresses are accepted, and that generated rooms cannot be guessed. */
class RoomUrlsTest {

    @Test
    void aFixedRoomMustBeAPlainHttpsAddress() {
        assertTrue(RoomUrls.problemWithRoom("https://zoom.us/j/123456?pwd=abc").isEmpty());
        assertEquals("must start with https://", RoomUrls.problemWithRoom("http://zoom.us/j/1").orElseThrow());
        assertEquals("must start with https://", RoomUrls.problemWithRoom("javascript:alert(1)").orElseThrow());
        assertEquals("must not contain a user name or password",
                RoomUrls.problemWithRoom("https://me:secret@meet.example/room").orElseThrow());
        assertEquals("is required", RoomUrls.problemWithRoom(" ").orElseThrow());
    }

    @Test
    void aBaseWithTraversalCredentialsOrQueryIsRefused() {
        assertTrue(RoomUrls.problemWithBase("https://meet.jit.si").isEmpty());
        assertTrue(RoomUrls.problemWithBase("https://video.example.org/rooms/").isEmpty());
        assertEquals("must not contain '..' in its path",
                RoomUrls.problemWithBase("https://video.example.org/rooms/../admin").orElseThrow());
        assertEquals("must not contain '..' in its path",
                RoomUrls.problemWithBase("https://video.example.org/%2e%2e/admin").orElseThrow());
        assertEquals("must not contain a user name or password",
                RoomUrls.problemWithBase("https://user:pw@video.example.org").orElseThrow());
        assertEquals("must not have a query or fragment",
                RoomUrls.problemWithBase("https://video.example.org/?room=").orElseThrow());
    }

    @Test
    void generatedRoomsCarryAtLeast128RandomBitsAndStayUnderTheBase() {
        Set<String> rooms = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String room = RoomUrls.newRoom("https://meet.jit.si");
            assertTrue(room.matches("https://meet\\.jit\\.si/Hearth-[a-z2-7]{26}"), room);
            rooms.add(room);
        }
        assertEquals(1000, rooms.size());
        // 26 characters of a 32-letter alphabet: 26 * 5 = 130 bits
        assertTrue(26 * 5 >= 128);
        assertTrue(RoomUrls.newRoom("https://video.example.org/rooms/").startsWith("https://video.example.org/rooms/Hearth-"));
    }
}
