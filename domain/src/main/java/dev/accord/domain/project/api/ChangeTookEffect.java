package dev.accord.domain.project.api;

import dev.accord.domain.approval.Approval;
import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Money;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Both sides approved the current version: the decision, with the approvals it rests on and the figures it applied. */
@Revision("1")
public record ChangeTookEffect(
        UUID projectId,
        UUID changeId,
        ChangeKind kind,
        int version,
        ChangeTerms applied,
        Money budgetBefore,
        ProjectStatus statusBefore,
        ProjectStatus statusAfter,
        List<Approval> approvals,
        Actor decidedBy) {}
