package dev.accord.ui.project;

import java.math.BigDecimal;

/** What the proposal form holds while someone types; becomes a ProposeProject command on submit. */
public class ProposalDraft {

    private String title = "";
    private String description = "";
    private BigDecimal amount;
    private String currency = "EUR";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }
}
