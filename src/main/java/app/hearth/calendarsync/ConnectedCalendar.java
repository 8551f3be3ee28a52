package app.hearth.calendarsync;

import app.hearth.common.DatabaseRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.util.List;

/** A calendar found in a CalDAV account: whether its events count as busy, and whether bookings are written into it. */
@Entity
@Table(name = "calendar_connection_calendar")
class ConnectedCalendar extends DatabaseRow {

    @Column(name = "connection_id", nullable = false)
    Long connectionId;

    @Column(nullable = false)
    String href;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    boolean busy;

    @Column(name = "write_target", nullable = false)
    boolean write;

    /** Events marked free (TRANSP:TRANSPARENT) count as busy in this calendar too. */
    @Column(name = "transparent_busy", nullable = false)
    boolean transparentBusy;

    /** The calendar's tag when its events were last read (null: read them next time). */
    @Column(name = "ctag")
    String ctag;

    static List<ConnectedCalendar> of(Long connectionId) {
        return list("connectionId = ?1 order by name, href", connectionId);
    }
}
