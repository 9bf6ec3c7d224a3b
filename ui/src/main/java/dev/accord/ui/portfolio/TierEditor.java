package dev.accord.ui.portfolio;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.accord.domain.approval.ApprovalRules;
import dev.accord.domain.approval.ApprovalTier;
import dev.accord.domain.shared.Money;
import java.util.List;

/** One tier of the approval rules being requested: above which amount, how many of each side, which leads. */
class TierEditor extends HorizontalLayout {

    private final BigDecimalField above = new BigDecimalField("Above");
    private final IntegerField finance = new IntegerField("Finance approvals");
    private final IntegerField it = new IntegerField("IT approvals");
    private final Checkbox cfo = new Checkbox("The CFO's approval");
    private final Checkbox cio = new Checkbox("The CIO's approval");
    private final Button remove = new Button(VaadinIcon.TRASH.create());

    TierEditor(int index, String currency, ApprovalTier tier) {
        addClassName("approval-tier");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        above.setId("tier-" + index + "-above");
        above.setSuffixComponent(new Span(currency));
        for (IntegerField count : List.of(finance, it)) {
            count.setMin(1);
            count.setMax(ApprovalRules.MAX_APPROVALS_PER_SIDE);
            count.setStepButtonsVisible(true);
            count.setValue(1);
            count.setWidth("9rem");
        }
        finance.setId("tier-" + index + "-finance");
        it.setId("tier-" + index + "-it");
        cfo.setId("tier-" + index + "-cfo");
        cio.setId("tier-" + index + "-cio");
        remove.setAriaLabel("Remove this tier");
        remove.setTooltipText("Remove this tier");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        if (tier != null) {
            above.setValue(tier.above().amount());
            finance.setValue(tier.financeApprovals());
            it.setValue(tier.itApprovals());
            cfo.setValue(tier.financeLead());
            cio.setValue(tier.itLead());
        }
        add(above, finance, it, cfo, cio, remove);
    }

    void onRemove(Runnable removed) {
        remove.addClickListener(click -> removed.run());
    }

    /** The tier as entered, or null after marking what is missing (the domain checks the rest). */
    ApprovalTier tier(String currency) {
        boolean complete = required(above.getValue(), above, "Give the amount above which the tier applies")
                & required(finance.getValue(), finance, "Say how many Finance approvals are needed")
                & required(it.getValue(), it, "Say how many IT approvals are needed");
        if (!complete) {
            return null;
        }
        return new ApprovalTier(
                new Money(above.getValue(), currency),
                finance.getValue(),
                it.getValue(),
                cfo.getValue(),
                cio.getValue());
    }

    /** The field a problem of the domain names: "above.amount", "financeApprovals", "itApprovals". */
    HasValidation field(String name) {
        return name.startsWith("financeApprovals") ? finance : name.startsWith("itApprovals") ? it : above;
    }

    void clearErrors() {
        above.setInvalid(false);
        finance.setInvalid(false);
        it.setInvalid(false);
    }

    private static boolean required(Object value, HasValidation field, String message) {
        if (value == null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
        return value != null;
    }
}
