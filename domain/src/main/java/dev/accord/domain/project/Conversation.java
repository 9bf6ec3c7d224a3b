package dev.accord.domain.project;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.accord.domain.approval.JointApproval;
import dev.accord.domain.project.api.AddComment;
import dev.accord.domain.project.api.CommentAdded;
import dev.accord.domain.project.api.CommentSubject;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.Texts;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * A project's conversation, an entity of the {@link Project} aggregate: the comments on the project and on its steps,
 * and the replies to comments. It knows its comments' ids, so that a reply names a comment of this project.
 */
final class Conversation {

    private final Project project;
    private final Set<UUID> comments = new HashSet<>();

    Conversation(Project project) {
        this.project = project;
    }

    @CommandHandler
    void handle(AddComment command) {
        JointApproval.checkActsForASide(command.actor(), "comment");
        if (command.text() == null || command.text().isBlank()) {
            throw new InvalidInputException("text", "A comment needs some text");
        }
        CommentSubject subject = new CommentSubjects(
                        project.changeIds(),
                        project.reassessmentIds(),
                        project.businessCase().estimateVersions(),
                        project.businessCase().roiCaseVersions(),
                        comments)
                .recorded(command.subject());
        apply(new CommentAdded(
                project.id(), command.commentId(), subject, Texts.longText("text", command.text()), command.actor()));
    }

    @EventSourcingHandler
    void on(CommentAdded event) {
        comments.add(event.commentId());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Conversation that && comments.equals(that.comments);
    }

    @Override
    public int hashCode() {
        return comments.hashCode();
    }
}
