package dev.accord.app.support;

import static org.awaitility.Awaitility.await;

import dev.accord.app.command.ReadYourWrites;
import dev.accord.domain.project.api.AddComment;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.project.api.ProposeProject;
import dev.accord.domain.shared.ActorPrincipal;
import dev.accord.domain.shared.Money;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A project with 5,000 events: the proposal, its initial budget and 4,998 comments on the project by Ida
 * ("Comment 1" ... "Comment 4998"). Written once per ledger and shared, because the integration tests share one
 * application and writing it takes a while.
 */
public final class LongProject {

    public static final String TITLE = "Five thousand steps";
    public static final int COMMENTS = 4_998;
    public static final int EVENTS = COMMENTS + 2;

    private LongProject() {}

    /** The project's id, once its whole timeline is in the read model. */
    public static synchronized UUID in(ApplicationContext context) {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        UUID projectId = jdbc.sql("SELECT project_id FROM project_summary WHERE title = ?")
                .param(TITLE)
                .query(UUID.class)
                .optional()
                .orElseGet(() -> write(context));
        await().atMost(Duration.ofMinutes(2))
                .until(() -> jdbc.sql("SELECT count(*) FROM timeline_entry WHERE project_id = ?")
                                .param(projectId)
                                .query(Long.class)
                                .single()
                        == EVENTS);
        return projectId;
    }

    private static UUID write(ApplicationContext context) {
        UUID projectId = UUID.randomUUID();
        CommandGateway commands = context.getBean(CommandGateway.class);
        UserDetails ida = context.getBean(UserDetailsService.class).loadUserByUsername("ida");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ida, null, ida.getAuthorities()));
        try {
            var actor = ((ActorPrincipal) ida).actor();
            commands.sendAndWait(
                    ProposeProject.of(projectId, TITLE, "", Money.of("1000", "EUR"), FiscalYears.unused(), actor));
            // Nobody reads between these commands, so none waits for the read models; the caller waits once.
            for (int i = 1; i <= COMMENTS; i++) {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new AddComment(
                                projectId, UUID.randomUUID(), CommentSubject.project(), "Comment " + i, actor))
                        .andMetaData(MetaData.with(ReadYourWrites.NO_WAIT, true)));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        return projectId;
    }
}
