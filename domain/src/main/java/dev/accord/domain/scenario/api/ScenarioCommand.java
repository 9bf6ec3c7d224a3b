package dev.accord.domain.scenario.api;

import dev.accord.domain.shared.ActorCommand;

/**
 * A command on a fiscal year's scenarios. They are one aggregate per year (names are unique within a year), whose
 * identifier is not the year alone: the year's portfolio already goes by that.
 */
public interface ScenarioCommand extends ActorCommand {

    int fiscalYear();

    /** The identifier of the fiscal year's scenarios. */
    static String scenariosOf(int fiscalYear) {
        return "scenarios-" + fiscalYear;
    }
}
