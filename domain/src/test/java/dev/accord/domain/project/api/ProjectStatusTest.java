package dev.accord.domain.project.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's life-cycle: which states are closed, under way, and ranked in the portfolio. */
class ProjectStatusTest {

    @Test
    void completedCancelledAndRejectedProjectsAreClosed() {
        assertThat(Arrays.stream(ProjectStatus.values()).filter(ProjectStatus::isClosed))
                .containsExactlyInAnyOrder(ProjectStatus.COMPLETED, ProjectStatus.CANCELLED, ProjectStatus.REJECTED);
    }

    @Test
    void activeAndPausedProjectsAreUnderWay() {
        assertThat(Arrays.stream(ProjectStatus.values()).filter(ProjectStatus::isUnderWay))
                .containsExactlyInAnyOrder(ProjectStatus.ACTIVE, ProjectStatus.PAUSED);
    }

    @Test
    void onlyRejectedAndCancelledProjectsLeaveTheRanking() {
        assertThat(Arrays.stream(ProjectStatus.values()).filter(status -> !status.isRanked()))
                .containsExactlyInAnyOrder(ProjectStatus.REJECTED, ProjectStatus.CANCELLED);
    }
}
