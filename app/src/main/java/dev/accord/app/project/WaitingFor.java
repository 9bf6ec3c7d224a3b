package dev.accord.app.project;

import dev.accord.domain.project.api.FindOpenChangesOfProject;
import dev.accord.domain.project.api.PendingApproval;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** What each open change of a project still lacks ("waiting for the CFO"), as the approvals inbox weighs it. */
final class WaitingFor {

    private WaitingFor() {}

    static Map<UUID, List<String>> openChangesOf(QueryGateway queries, UUID projectId) {
        return queries
                .query(
                        new FindOpenChangesOfProject(projectId),
                        ResponseTypes.multipleInstancesOf(PendingApproval.class))
                .join()
                .stream()
                .collect(Collectors.toMap(
                        PendingApproval::changeId, change -> change.missing().sentences()));
    }
}
