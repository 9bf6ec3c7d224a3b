package dev.accord.app.health;

import dev.accord.app.health.ProjectionLag.Lag;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Readiness of this node's read models (the "projections" component of /actuator/health/readiness): DOWN when a
 * projection has not handled an event appended longer ago than {@code accord.health.max-processor-lag}, because
 * this node would then serve reads that are visibly out of date.
 * <p>
 * Parked events do not make it DOWN. An event is parked for one project, and the projection goes on with every
 * other project; every node reads the same parked letters from the same database, so taking nodes out of rotation
 * would take all of them out and help nobody. Parked events are reported here in the details and as the
 * {@code accord.dead.letters.parked} metric, for an alert and an administrator under Operations.
 */
@Component("projections")
class ProjectionsHealthIndicator extends AbstractHealthIndicator {

    private final ProjectionLag lag;
    private final Duration bound;

    ProjectionsHealthIndicator(ProjectionLag lag, @Value("${accord.health.max-processor-lag:PT30S}") Duration bound) {
        super("Measuring the projections' lag failed");
        this.lag = lag;
        this.bound = bound;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        List<Lag> lags = lag.now();
        boolean behind = lags.stream().anyMatch(one -> one.behind().compareTo(bound) > 0);
        builder.status(behind ? Status.DOWN : Status.UP);
        builder.withDetail("maxLagSeconds", bound.toSeconds());
        for (Lag one : lags) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("lagEvents", one.events());
            details.put("lagSeconds", one.behind().toMillis() / 1000.0);
            details.put("parkedEvents", one.parked());
            if (one.error() != null) {
                details.put("error", one.error());
            }
            builder.withDetail(one.group(), details);
        }
    }
}
