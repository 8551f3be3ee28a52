package app.hearth.fault;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL database the fault suite breaks on purpose (HEARTH_TEST_PG_DB, default "test"): emptied before
 * each test, seeded with around-the-clock therapists, and taken away and given back like a restart would.
 */
final class FaultDatabase {

    private final String host = System.getenv().getOrDefault("PGHOST", "127.0.0.1");
    private final String port = System.getenv().getOrDefault("PGPORT", "5432");
    private final String name = System.getenv().getOrDefault("HEARTH_TEST_PG_DB", "test");
    private final String user = System.getenv().getOrDefault("PGUSER", "postgres");

    String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + name;
    }

    String user() {
        return user;
    }

    /** Drops everything, so each test's instances migrate an empty database as a first production start would. */
    void reset() {
        admin("alter database " + name + " allow_connections true");
        terminateSessions();
        execute("drop schema public cascade; create schema public");
    }

    /** Therapists open every day around the clock in UTC, no notice, no daily limit: any quarter hour is a slot. */
    void seedTherapists(String... slugs) {
        for (String slug : slugs) {
            execute("insert into therapist (slug, name, timezone, bio, minimum_notice_hours, horizon_days, max_per_day, "
                    + "created_at, updated_at) values ('" + slug + "', 'Fault Therapist', 'UTC', 'Fault suite', 0, 365, 96, "
                    + "now(), now())");
            execute("insert into weekly_rule (therapist_id, day_of_week, start_time, end_time) select t.id, d, "
                    + "time '00:00', time '23:59' from therapist t, unnest(array['MONDAY','TUESDAY','WEDNESDAY',"
                    + "'THURSDAY','FRIDAY','SATURDAY','SUNDAY']) d where t.slug = '" + slug + "'");
        }
    }

    /** Like a restart: new connections are refused and every open one is cut. */
    void goAway() {
        admin("alter database " + name + " allow_connections false");
        terminateSessions();
    }

    void terminateSessions() {
        admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "' "
                + "and pid <> pg_backend_pid()");
    }

    void comeBack() {
        admin("alter database " + name + " allow_connections true");
    }

    long count(String sql) {
        return Long.parseLong(rows(sql).get(0).get(0));
    }

    List<List<String>> rows(String sql) {
        try (Connection c = connect(name); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(r.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Active bookings of one therapist whose times overlap: must always be zero. */
    long overlappingBookings() {
        return count("select count(*) from booking a join booking b on a.therapist_id = b.therapist_id and a.id < b.id "
                + "where a.status = 'CONFIRMED' and b.status = 'CONFIRMED' and a.start_at < b.end_at and b.start_at < a.end_at");
    }

    void execute(String sql) {
        try (Connection c = connect(name); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void admin(String sql) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database, user, "");
    }
}
