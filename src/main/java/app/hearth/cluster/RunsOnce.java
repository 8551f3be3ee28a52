package app.hearth.cluster;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A scheduled job that must run on one instance only when several share the database: see {@link RunsOnceInterceptor}.
 * Put it beside {@code @Scheduled} on every job that changes shared data; a job that only reads for this instance's
 * own use (a gauge) goes without.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RunsOnce {
}
