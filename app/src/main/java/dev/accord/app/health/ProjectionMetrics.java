package dev.accord.app.health;

import dev.accord.app.config.AxonConfiguration;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Each projection's lag (in events and in seconds) and its parked events, as gauges tagged with its group. */
@Component
class ProjectionMetrics implements MeterBinder {

    private final ProjectionLag lag;
    private final ApplicationContext context;

    ProjectionMetrics(ProjectionLag lag, ApplicationContext context) {
        this.lag = lag;
        this.context = context;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String group : AxonConfiguration.processingGroups(context)) {
            Gauge.builder(
                            "accord.projection.lag.events",
                            lag,
                            lags -> lags.of(group).events())
                    .tag("group", group)
                    .description("Events this node's projection has not handled yet")
                    .baseUnit("events")
                    .register(registry);
            Gauge.builder(
                            "accord.projection.lag",
                            lag,
                            lags -> lags.of(group).behind().toMillis() / 1000.0)
                    .tag("group", group)
                    .description("Age of the oldest event this node's projection has not handled yet")
                    .baseUnit("seconds")
                    .register(registry);
            Gauge.builder(
                            "accord.dead.letters.parked",
                            lag,
                            lags -> lags.of(group).parked())
                    .tag("group", group)
                    .description("Events the projection parked until an administrator retries or evicts them")
                    .register(registry);
        }
    }
}
