package dev.accord.domain.project;

import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ProjectStatus;
import dev.accord.domain.shared.ConflictException;
import java.util.Set;

/** Which changes a project in each state can take, and the state each change leads to. */
final class LifeCycle {

    private LifeCycle() {}

    static void checkAllowed(ProjectStatus status, ChangeKind kind) {
        if (kind == ChangeKind.INITIAL_BUDGET) {
            throw new ConflictException("The initial budget is opened by the proposal itself");
        }
        if (kind.isControl()) {
            // As when one member set them alone: a project's controls move until it closes.
            checkNotClosed(status);
            return;
        }
        Set<ChangeKind> allowed = switch (status) {
            case PROPOSED -> throw new ConflictException("Decide the initial budget before other changes");
            case ACTIVE ->
                Set.of(
                        ChangeKind.BUDGET,
                        ChangeKind.SCOPE,
                        ChangeKind.TIMELINE,
                        ChangeKind.PAUSE,
                        ChangeKind.CANCEL,
                        ChangeKind.COMPLETE);
            case PAUSED ->
                Set.of(ChangeKind.BUDGET, ChangeKind.SCOPE, ChangeKind.TIMELINE, ChangeKind.RESUME, ChangeKind.CANCEL);
            default ->
                throw new ConflictException(
                        "The project is " + status.name().toLowerCase() + "; no further changes can be made");
        };
        if (!allowed.contains(kind)) {
            throw new ConflictException(
                    "A " + kind + " change does not apply to a " + status.name().toLowerCase() + " project");
        }
    }

    /** An open change can be overtaken by the project closing or pausing; then it can no longer be approved. */
    static void checkStillApplies(ProjectStatus status, ChangeKind kind) {
        if (kind != ChangeKind.INITIAL_BUDGET) {
            checkAllowed(status, kind);
        }
    }

    static ProjectStatus statusAfter(ProjectStatus status, ChangeKind kind) {
        return switch (kind) {
            case INITIAL_BUDGET, RESUME -> ProjectStatus.ACTIVE;
            case PAUSE -> ProjectStatus.PAUSED;
            case CANCEL -> ProjectStatus.CANCELLED;
            case COMPLETE -> ProjectStatus.COMPLETED;
            case BUDGET, SCOPE, TIMELINE, REVIEW_POLICY, CONCLUSION -> status;
        };
    }

    /** A withdrawn or rejected initial budget closes the proposal; any other change leaves the state as it is. */
    static ProjectStatus statusAfterRefusal(ProjectStatus status, ChangeKind kind, ProjectStatus closedAs) {
        return kind == ChangeKind.INITIAL_BUDGET ? closedAs : status;
    }

    static void checkNotClosed(ProjectStatus status) {
        if (status.isClosed()) {
            throw new ConflictException("The project is " + status.name().toLowerCase() + "; it is closed");
        }
    }
}
