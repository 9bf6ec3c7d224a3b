package dev.accord.ui.portfolio;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.ApprovalTier;
import dev.accord.domain.portfolio.api.RequestApprovalRules;
import dev.accord.domain.portfolio.api.YearApprovalRules;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Refusals;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Asks both sides to set the year's approval rules, starting from those in force: tiers by amount (in the ledger's
 * currency), each demanding so many Finance and IT approvals and perhaps the CFO's or the CIO's. No tiers: one
 * approval of each side. The domain checks the tiers; its words appear beside the field they are about.
 */
class ApprovalRulesDialog extends Dialog {

    private static final Pattern TIER_FIELD = Pattern.compile("tiers\\[(\\d+)]\\.(.+)");

    private final VerticalLayout tierRows = new VerticalLayout();
    private final List<TierEditor> tiers = new ArrayList<>();
    private final Button addTier = new Button("Add a tier", VaadinIcon.PLUS.create());
    private final TextArea reason = new TextArea("Why");
    private final String currency;

    ApprovalRulesDialog(YearApprovalRules year, String currency, CommandGateway commands, CurrentUser currentUser) {
        this.currency = currency;
        setHeaderTitle("Request approval rules for " + year.fiscalYear());
        setWidth("min(60rem, 95vw)");
        tierRows.setPadding(false);
        tierRows.setId("approval-tiers");
        addTier.setId("add-tier");
        addTier.addClickListener(click -> addTierRow(null));
        reason.setId("approval-rules-reason");
        reason.setWidthFull();
        year.inForce().tiers().forEach(this::addTierRow);
        add(
                new Paragraph("Above each amount a change needs these approvals; up to the first, one of each side. "
                        + "Changes requested once both sides approve follow the new rules; open changes keep theirs."
                        + year.inForce()
                                .describeBusinessCase()
                                .map(words -> " The year's business-case rule stays: " + words + ".")
                                .orElse("")),
                tierRows,
                addTier,
                reason);

        Button request = new Button("Request", click -> {
            List<ApprovalTier> requested = new ArrayList<>();
            for (TierEditor tier : tiers) {
                tier.clearErrors();
                requested.add(tier.tier(currency));
            }
            if (requested.contains(null)) {
                return;
            }
            try {
                commands.sendAndWait(new RequestApprovalRules(
                        year.fiscalYear(),
                        UUID.randomUUID(),
                        requested,
                        reason.getValue(),
                        currency,
                        currentUser.actor(),
                        // The year's business-case rule is not edited here: the request keeps the one in force.
                        year.inForce().businessCase()));
                Refusals.done("Requested: one member of each side can now approve the rules");
                close();
            } catch (InvalidInputException refused) {
                showBeside(refused);
            } catch (ConflictException | NotPermittedException refused) {
                Refusals.show(refused.getMessage());
            }
        });
        request.setId("approval-rules-submit");
        request.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), request);
    }

    private void addTierRow(ApprovalTier tier) {
        TierEditor editor = new TierEditor(tiers.size(), currency, tier);
        editor.onRemove(() -> {
            tiers.remove(editor);
            tierRows.remove(editor);
            addTier.setEnabled(true);
        });
        tiers.add(editor);
        tierRows.add(editor);
        addTier.setEnabled(tiers.size() < ApprovalRules.MAX_TIERS);
    }

    /** "tiers[1].above.amount" marks the second tier's amount; anything else shows beside the reason. */
    private void showBeside(InvalidInputException refused) {
        Matcher tierField = TIER_FIELD.matcher(refused.field());
        HasValidation field = reason;
        if (tierField.matches() && Integer.parseInt(tierField.group(1)) < tiers.size()) {
            field = tiers.get(Integer.parseInt(tierField.group(1))).field(tierField.group(2));
        } else if (!refused.field().equals("rationale")) {
            Refusals.show(refused.getMessage());
            return;
        }
        field.setErrorMessage(refused.getMessage());
        field.setInvalid(true);
    }
}
