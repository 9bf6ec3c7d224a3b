/**
 * Rebuilding every read model from the first event while the current ones keep serving: {@link
 * dev.accord.app.rebuild.Replay} feeds the event store to the projections' own handlers, {@link
 * dev.accord.app.rebuild.ShadowReadModels} keeps the scratch copies they write into, and {@link
 * dev.accord.app.rebuild.ReadModelRebuild} swaps the copies in.
 * <p>
 * This is right only for projections that keep the projection contract, written out in docs/projections.md and
 * checked by ProjectionContractTest: each reads and writes only its own tables, all listed once under its processing
 * group in {@link dev.accord.app.readmodel.ReadModelTables}, with unqualified names; it writes through one {@link
 * dev.accord.app.readmodel.TableWriter} per table and {@link dev.accord.app.readmodel.ReadModelWrites}, declaring
 * whether each statement may be batched; its writes are idempotent; and it relies on no order but the one its
 * processor's sequencing policy gives, which the replay applies through Axon's own segments.
 */
package dev.accord.app.rebuild;
