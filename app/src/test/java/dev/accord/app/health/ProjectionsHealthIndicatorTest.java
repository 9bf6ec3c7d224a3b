package dev.accord.app.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.accord.app.health.ProjectionLag.Lag;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class ProjectionsHealthIndicatorTest {

    private final ProjectionLag lag = mock(ProjectionLag.class);
    private final ProjectionsHealthIndicator readiness = new ProjectionsHealthIndicator(lag, Duration.ofSeconds(30));

    @Test
    void aProjectionFurtherBehindThanTheBoundTakesTheNodeOutOfRotation() {
        when(lag.now())
                .thenReturn(List.of(
                        new Lag("timeline", 0, Duration.ZERO, 0, null),
                        new Lag("portfolio", 12, Duration.ofSeconds(31), 0, null)));

        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aProjectionBehindWithinTheBoundStaysReady() {
        when(lag.now()).thenReturn(List.of(new Lag("portfolio", 12, Duration.ofSeconds(29), 0, null)));

        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void parkedEventsAreReportedWithoutTakingTheNodeOutOfRotation() {
        when(lag.now()).thenReturn(List.of(new Lag("timeline", 0, Duration.ZERO, 3, null)));

        var health = readiness.health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails().get("timeline").toString()).contains("parkedEvents=3");
    }

    @Test
    void aDatabaseThatCannotBeAskedIsDown() {
        when(lag.now()).thenThrow(new org.springframework.dao.DataAccessResourceFailureException("down"));

        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
    }
}
