package dev.accord.domain.approval;

import dev.accord.domain.shared.Actor;
import dev.accord.domain.shared.Side;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Exactly what a change still lacks before it takes effect: per side, whether its lead has yet to approve and how
 * many approvals besides are missing, and the pieces of the business case a budget change still needs ("the ROI
 * case"). The one reading of the rule for the aggregate, the inbox, the project page and the API alike.
 */
public record MissingApprovals(
        int finance,
        int it,
        boolean financeLead,
        boolean itLead,
        int financeGiven,
        int itGiven,
        List<String> businessCase) {

    public MissingApprovals {
        businessCase = businessCase == null ? List.of() : List.copyOf(businessCase);
    }

    public MissingApprovals(int finance, int it, boolean financeLead, boolean itLead, int financeGiven, int itGiven) {
        this(finance, it, financeLead, itLead, financeGiven, itGiven, List.of());
    }

    /** The same, waiting for these pieces of the business case as well ("the ROI case"). */
    public MissingApprovals withBusinessCase(List<String> pieces) {
        return new MissingApprovals(finance, it, financeLead, itLead, financeGiven, itGiven, pieces);
    }

    /**
     * What {@code requirement} still lacks after the approvals of these authorities (whoever's authority each counted
     * approval carries; the requester's never counts). Each person counts once; a lead counts for their side too.
     */
    public static MissingApprovals of(ApprovalRequirement requirement, Collection<Actor> authorities) {
        int[] given = new int[Side.values().length];
        int[] missing = new int[Side.values().length];
        boolean[] leadMissing = new boolean[Side.values().length];
        for (Side side : Side.values()) {
            List<Actor> ofSide =
                    authorities.stream().filter(actor -> actor.side() == side).toList();
            int count = (int) ofSide.stream().map(Actor::userId).distinct().count();
            boolean lead = requirement.lead(side) && ofSide.stream().noneMatch(Actor::lead);
            // The lead's approval, still to come, will count towards the side's number as well.
            missing[side.ordinal()] = Math.max(0, requirement.approvals(side) - count - (lead ? 1 : 0));
            leadMissing[side.ordinal()] = lead;
            given[side.ordinal()] = count;
        }
        return new MissingApprovals(
                missing[Side.FINANCE.ordinal()],
                missing[Side.IT.ordinal()],
                leadMissing[Side.FINANCE.ordinal()],
                leadMissing[Side.IT.ordinal()],
                given[Side.FINANCE.ordinal()],
                given[Side.IT.ordinal()]);
    }

    /** How a side's lead is called: the CFO for Finance, the CIO for IT. */
    public static String leadTitle(Side side) {
        return side == Side.FINANCE ? "the CFO" : "the CIO";
    }

    public int approvals(Side side) {
        return side == Side.FINANCE ? finance : it;
    }

    public boolean lead(Side side) {
        return side == Side.FINANCE ? financeLead : itLead;
    }

    /** Sides still short of what the rule demands. */
    public Set<Side> sides() {
        Set<Side> sides = EnumSet.noneOf(Side.class);
        for (Side side : Side.values()) {
            if (lead(side) || approvals(side) > 0) {
                sides.add(side);
            }
        }
        return sides;
    }

    /** Nothing missing: neither an approval nor a piece of the business case. */
    public boolean complete() {
        return sides().isEmpty() && businessCase.isEmpty();
    }

    /** "waiting for the CFO", "waiting for 1 more Finance approval", "waiting for IT", one per thing missing; none when complete. */
    public List<String> sentences() {
        return parts().stream().map(part -> "waiting for " + part).toList();
    }

    /** "Waiting for the CFO and 1 more IT approval", or "" when nothing is missing. */
    public String summary() {
        List<String> parts = parts();
        return parts.isEmpty() ? "" : "Waiting for " + String.join(" and ", parts);
    }

    private List<String> parts() {
        List<String> parts = new ArrayList<>();
        for (Side side : Side.values()) {
            if (lead(side)) {
                parts.add(leadTitle(side));
            }
        }
        for (Side side : Side.values()) {
            int count = approvals(side);
            if (count == 1 && !lead(side) && given(side) == 0) {
                parts.add(side.label()); // the plain four eyes read as before: "waiting for Finance"
            } else if (count > 0) {
                String more = lead(side) || given(side) > 0 ? " more " : " ";
                parts.add(count + more + side.label() + " approval" + (count == 1 ? "" : "s"));
            }
        }
        parts.addAll(businessCase);
        return parts;
    }

    private int given(Side side) {
        return side == Side.FINANCE ? financeGiven : itGiven;
    }
}
