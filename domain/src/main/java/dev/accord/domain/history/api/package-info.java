/**
 * Questions about the past, answered from the event stream itself rather than from today's read models: a project
 * or a fiscal year as it stood at an instant, the project after each of its steps (replay), and the context of a
 * decision. Instants are recorded instants (when the ledger stored the event), not business dates.
 */
package dev.accord.domain.history.api;
