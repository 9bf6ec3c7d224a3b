package dev.accord.app.rebuild;

import dev.accord.domain.operations.api.RebuildProgress;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/** The rebuild of the read models on this node, as gauges: events replayed, events to replay, running or not. */
@Component
class RebuildMetrics implements MeterBinder {

    private final ReadModelRebuild rebuild;

    RebuildMetrics(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(
                registry,
                "accord.rebuild.events.replayed",
                "Events the current or last rebuild replayed",
                p -> p.eventsReplayed());
        gauge(
                registry,
                "accord.rebuild.events.total",
                "Events the current or last rebuild has to replay",
                p -> p.totalEvents());
        gauge(
                registry,
                "accord.rebuild.running",
                "1 while a rebuild of the read models runs on this node",
                p -> p.running() ? 1 : 0);
    }

    private void gauge(
            MeterRegistry registry, String name, String description, ToDoubleFunction<RebuildProgress> value) {
        Gauge.builder(name, rebuild, r -> value.applyAsDouble(r.progress()))
                .description(description)
                .register(registry);
    }
}
