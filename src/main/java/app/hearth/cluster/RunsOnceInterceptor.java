package app.hearth.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.scheduler.Trigger;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Runs a {@link RunsOnce} job on one instance per period. On PostgreSQL the run holds a session advisory lock on a
 * pooled connection of its own, so two instances never run the job at the same time, and an instance that dies
 * mid-run loses the lock with its connection. Under the lock, the cluster_job row names the instance that ran the job
 * last: that instance keeps the job, and another takes it over only once it has missed one and a half periods, so the
 * job runs once per period rather than once per instance. A call whose period is unknown (the job is not scheduled,
 * or has not fired yet) takes only the lock. On H2 the job simply runs. It runs outside any @Transactional of the job.
 */
@RunsOnce
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
class RunsOnceInterceptor {

    private static final Logger LOG = Logger.getLogger(RunsOnceInterceptor.class);
    /** The first key of the two-key advisory locks: Hearth's jobs, apart from any other advisory lock. */
    static final int JOB_LOCKS = 0x48454a42;

    @Inject
    ClusterNode node;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    Scheduler scheduler;

    @AroundInvoke
    Object once(InvocationContext context) throws Exception {
        if (!node.shared()) {
            return context.proceed();
        }
        String job = context.getMethod().getDeclaringClass().getSimpleName() + "#" + context.getMethod().getName();
        // a connection from outside any caller's transaction: it must stay ours for the whole run
        try (Connection connection = QuarkusTransaction.suspendingExisting().call(dataSource::getConnection)) {
            connection.setAutoCommit(true);
            if (!lock(connection, job, "pg_try_advisory_lock")) {
                LOG.debugf("job %s runs on another instance", job);
                return null;
            }
            try {
                if (!claim(connection, job, period(context))) {
                    LOG.debugf("job %s belongs to another instance this period", job);
                    return null;
                }
                return context.proceed();
            } finally {
                lock(connection, job, "pg_advisory_unlock");
            }
        }
    }

    private static boolean lock(Connection connection, String job, String function) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select " + function + "(" + JOB_LOCKS + ", hashtext(?))")) {
            lock.setString(1, job);
            try (ResultSet row = lock.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        }
    }

    /** Whether this instance takes this period's run (always when the period is unknown: not a scheduled call). */
    private boolean claim(Connection connection, String job, Duration period) throws SQLException {
        if (period == null) {
            return true;
        }
        try (PreparedStatement claim = connection.prepareStatement(
                "insert into cluster_job (name, instance_id, last_run_at) values (?, ?, now()) "
                        + "on conflict (name) do update set instance_id = excluded.instance_id, last_run_at = now() "
                        + "where cluster_job.instance_id = excluded.instance_id "
                        + "or cluster_job.last_run_at < now() - make_interval(secs => ?)")) {
            claim.setString(1, job);
            claim.setString(2, node.id());
            claim.setDouble(3, period.toMillis() * 1.5 / 1000);
            return claim.executeUpdate() == 1;
        }
    }

    /** The job's period, from its trigger while the scheduler runs it; null when it is not running on schedule. */
    private Duration period(InvocationContext context) {
        String method = context.getMethod().getDeclaringClass().getName() + "#" + context.getMethod().getName();
        for (Trigger trigger : scheduler.getScheduledJobs()) {
            if (method.equals(trigger.getMethodDescription()) && trigger.getPreviousFireTime() != null
                    && trigger.getNextFireTime() != null) {
                Duration period = Duration.between(trigger.getPreviousFireTime(), trigger.getNextFireTime());
                return period.isNegative() || period.isZero() ? null : period;
            }
        }
        return null;
    }
}
