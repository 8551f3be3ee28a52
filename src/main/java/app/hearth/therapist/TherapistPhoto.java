package app.hearth.therapist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A therapist's uploaded photo, stored already cleaned (re-encoded, no metadata); one per therapist. */
@Entity
@Table(name = "therapist_photo")
public class TherapistPhoto extends PanacheEntityBase {

    @Id
    @Column(name = "therapist_id")
    public Long therapistId;
    @Column(nullable = false)
    public String version;
    @Column(name = "content_type", nullable = false)
    public String contentType;
    @Column(nullable = false)
    public byte[] bytes;
    @Column(nullable = false)
    public int width;
    @Column(nullable = false)
    public int height;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The photo's address: the version in it lets browsers and proxies keep it for a year. */
    public static String path(Long therapistId, String version) {
        return "/photos/therapists/" + therapistId + "/" + version + ".jpg";
    }
}
