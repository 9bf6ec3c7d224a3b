package dev.accord.app.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * axe-core's automated accessibility checks (Deque's Selenium integration) on the page a browser shows now,
 * including whatever dialog or popover is open: the WCAG 2.0 and 2.1 A and AA rules, of which the serious and
 * critical violations fail a test. What axe finds in Vaadin's own free components and cannot be fixed from our side
 * is left out rule by rule and element by element in {@link #EXEMPT}, each with the reason.
 */
final class Axe {

    private static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

    /** A violation we accept: one rule on the elements whose selector contains this text, and why. */
    record Exemption(String rule, String selector, String why) {}

    static final List<Exemption> EXEMPT = List.of();

    private Axe() {}

    /** The serious and critical violations on the page, one readable line per element, none if it passes. */
    static List<String> seriousViolations(Browser browser) {
        Results results = new AxeBuilder().withTags(WCAG_A_AND_AA).analyze(browser.driver());
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check the page: " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() == null ? rule.getImpact() : node.getImpact();
                String target = String.valueOf(node.getTarget());
                if (FAILING_IMPACTS.contains(impact) && !exempt(rule.getId(), target)) {
                    found.add(rule.getId() + " (" + impact + ") at " + target + ": " + rule.getHelp() + "\n      "
                            + node.getHtml() + "\n      "
                            + summary(node.getFailureSummary()));
                }
            }
        }
        return found;
    }

    static String report(String page, List<String> violations) {
        return violations.stream()
                .collect(Collectors.joining(
                        "\n  - ", page + ": " + violations.size() + " serious or critical violation(s)\n  - ", ""));
    }

    private static boolean exempt(String rule, String target) {
        return EXEMPT.stream()
                .anyMatch(exemption -> exemption.rule().equals(rule) && target.contains(exemption.selector()));
    }

    private static String summary(String failureSummary) {
        return failureSummary == null ? "" : failureSummary.replace("\n", "\n      ");
    }
}
