package dev.accord.app.views;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.LongProject;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.TimelineEntry;
import dev.accord.ui.project.ProjectView;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A project with 5,000 steps opens at once: its timeline is read page by page, never whole. */
@AccordIntegrationTest
class LongTimelineIT {

    @Autowired
    ApplicationContext context;

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void aProjectWithFiveThousandEventsOpensAndPagesItsTimeline() {
        UUID projectId = LongProject.in(context);

        SignedInVaadin.as("fay", context);
        UI.getCurrent().navigate(ProjectView.class, projectId.toString());
        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> timeline = _get(Grid.class, spec -> spec.withId("timeline"));
        assertThat(GridKt._size(timeline)).isEqualTo(LongProject.EVENTS);
        assertThat(GridKt._get(timeline, 0).type()).isEqualTo(ProjectProposed.class.getSimpleName());
        assertThat(GridKt._get(timeline, 4_500).summary()).endsWith("\u201cComment 4499\u201d");
        assertThat(GridKt._get(timeline, LongProject.EVENTS - 1).summary())
                .endsWith("\u201cComment " + LongProject.COMMENTS + "\u201d");
    }
}
