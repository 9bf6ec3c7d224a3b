package dev.accord.app.views;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.accord.app.command.ReadYourWrites;
import dev.accord.app.support.AccordIntegrationTest;
import dev.accord.app.support.FiscalYears;
import dev.accord.domain.project.api.AddComment;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.ProjectProposed;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.project.api.TimelineEntry;
import dev.accord.domain.shared.ActorPrincipal;
import dev.accord.domain.shared.Money;
import dev.accord.ui.project.ProjectView;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.time.Duration;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A project with 5,000 steps opens at once: its timeline is read page by page, never whole. */
@AccordIntegrationTest
class LongTimelineIT {

    private static final int COMMENTS = 4_998; // plus the proposal and its initial budget: 5,000 events

    @Autowired
    ApplicationContext context;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void tearDown() {
        SignedInVaadin.end();
    }

    @Test
    void aProjectWithFiveThousandEventsOpensAndPagesItsTimeline() {
        UUID projectId = UUID.randomUUID();
        UserDetails ida = context.getBean(UserDetailsService.class).loadUserByUsername("ida");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(ida, null, ida.getAuthorities()));
        var actor = ((ActorPrincipal) ida).actor();
        commands.sendAndWait(ProposeProject.of(projectId, "Five thousand steps", "", Money.of("1000", "EUR"),
                FiscalYears.unused(), actor));
        for (int i = 1; i <= COMMENTS; i++) {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(new AddComment(projectId, UUID.randomUUID(),
                    CommentSubject.project(), "Comment " + i, actor))
                    .andMetaData(MetaData.with(ReadYourWrites.NO_WAIT, true)));
        }
        SecurityContextHolder.clearContext();
        await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.sql(
                "SELECT count(*) FROM timeline_entry WHERE project_id = ?").param(projectId)
                .query(Long.class).single() == COMMENTS + 2);

        SignedInVaadin.as("fay", context);
        UI.getCurrent().navigate(ProjectView.class, projectId.toString());
        @SuppressWarnings("unchecked")
        Grid<TimelineEntry> timeline = _get(Grid.class, spec -> spec.withId("timeline"));
        assertThat(GridKt._size(timeline)).isEqualTo(COMMENTS + 2);
        assertThat(GridKt._get(timeline, 0).type()).isEqualTo(ProjectProposed.class.getSimpleName());
        assertThat(GridKt._get(timeline, 4_500).summary()).endsWith("\u201cComment 4499\u201d");
        assertThat(GridKt._get(timeline, COMMENTS + 1).summary()).endsWith("\u201cComment " + COMMENTS + "\u201d");
    }
}
