package dev.accord.ui.project;

import java.math.BigDecimal;
import java.util.List;

/** What the proposal form holds while someone types; becomes a ProposeProject command on submit. */
public class ProposalDraft {

    private String title = "";
    private String description = "";
    private BigDecimal amount;
    private String currency;
    private Integer fiscalYear;
    private String sponsor = "";
    private String department;
    private List<String> processesImproved = List.of();
    private List<String> companyObjectives = List.of();
    private List<String> itObjectives = List.of();

    /**
     * @param currency the ledger's, the only one it takes
     * @param fiscalYear the year offered first
     */
    public ProposalDraft(String currency, int fiscalYear) {
        this.currency = currency;
        this.fiscalYear = fiscalYear;
    }

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

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }

    public String getSponsor() {
        return sponsor;
    }

    public void setSponsor(String sponsor) {
        this.sponsor = sponsor;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public List<String> getProcessesImproved() {
        return processesImproved;
    }

    public void setProcessesImproved(List<String> processesImproved) {
        this.processesImproved = processesImproved;
    }

    public List<String> getCompanyObjectives() {
        return companyObjectives;
    }

    public void setCompanyObjectives(List<String> companyObjectives) {
        this.companyObjectives = companyObjectives;
    }

    public List<String> getItObjectives() {
        return itObjectives;
    }

    public void setItObjectives(List<String> itObjectives) {
        this.itObjectives = itObjectives;
    }
}
