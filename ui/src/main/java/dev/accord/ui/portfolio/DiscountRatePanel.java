package dev.accord.ui.portfolio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dev.accord.domain.portfolio.api.DiscountRate;
import dev.accord.domain.portfolio.api.PortfolioSummary;
import dev.accord.domain.portfolio.api.SetDiscountRate;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotPermittedException;
import dev.accord.domain.shared.Side;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Refusals;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * The rate the year's ROI cases are discounted with. It is Finance's: Finance's members change it here, everyone else
 * reads it (the ledger refuses anyone else all the same).
 */
class DiscountRatePanel extends VerticalLayout {

    private final BigDecimalField rate = new BigDecimalField("Rate");
    private final Button set = new Button("Set the rate");
    private final CurrentUser currentUser;
    private int fiscalYear;

    DiscountRatePanel(CommandGateway commands, CurrentUser currentUser) {
        this.currentUser = currentUser;
        setId("discount-rate-panel");
        setPadding(false);
        setWidth(null);
        rate.setId("discount-rate-field");
        rate.setSuffixComponent(new Span("%"));
        set.setId("set-discount-rate");
        set.addClickListener(click -> {
            if (rate.getValue() == null) {
                rate.setErrorMessage("Give the rate, between 0 and 100 %");
                rate.setInvalid(true);
                return;
            }
            try {
                commands.sendAndWait(new SetDiscountRate(fiscalYear, rate.getValue(), currentUser.actor()));
                rate.setInvalid(false);
                Refusals.done("The " + fiscalYear + " discount rate is now "
                        + rate.getValue().toPlainString() + " %");
            } catch (InvalidInputException refused) {
                rate.setErrorMessage(refused.getMessage());
                rate.setInvalid(true);
            } catch (NotPermittedException refused) {
                Refusals.show(refused.getMessage());
            }
        });
        HorizontalLayout field = new HorizontalLayout(rate, set);
        field.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3("Discount rate"), field);
    }

    /** The year's rate, which Finance may change while looking at today (never the past). */
    void show(PortfolioSummary year, boolean today) {
        boolean finance = currentUser.actor().side() == Side.FINANCE;
        boolean editable = finance && today;
        fiscalYear = year.fiscalYear();
        if (year.discountRatePercent() == null) {
            rate.setValue(DiscountRate.DEFAULT_PERCENT);
            rate.setHelperText("The ledger's default: Finance has not set a rate for " + fiscalYear);
        } else {
            rate.setValue(year.discountRatePercent());
            rate.setHelperText(finance ? "Finance's to set for the year" : "Set by Finance");
        }
        rate.setInvalid(false);
        rate.setReadOnly(!editable);
        set.setVisible(editable);
    }
}
