package io.pactum.analytics.application;

import io.pactum.analytics.domain.BudgetAccountFacts;
import io.pactum.analytics.domain.ContractFacts;
import io.pactum.analytics.domain.EmployeeFacts;
import io.pactum.analytics.domain.GapHeatmap;
import io.pactum.events.competency.RequiredLevel;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read models of one generation (a full set of collections built from the topics) and which generation
 * is read. Every write is one single-document write that is safe to repeat.
 */
public interface ReadModelStore {

    // --- generations ---------------------------------------------------------------------------------------

    /** The generation read and written by the live consumers (1 on a fresh store). */
    int activeGeneration();

    /** Drops whatever the generation holds and creates its indexes. */
    void prepare(int generation);

    /** Creates the generation's indexes when missing (the live one at start-up). */
    void ensureIndexes(int generation);

    void activate(int generation);

    /** Removes the collections of a generation no longer read. */
    void drop(int generation);

    // --- fact documents ------------------------------------------------------------------------------------

    <F> Optional<StoredFacts<F>> find(int generation, FactKind<F> kind, String id);

    /** Inserts the document; false when one with the id exists already. */
    <F> boolean insert(int generation, FactKind<F> kind, String id, F facts, String eventId, RollupChange change);

    /** Replaces the facts when the document is still at the version read and has not applied the event; false otherwise. */
    <F> boolean update(int generation, FactKind<F> kind, StoredFacts<F> current, F facts, String eventId, RollupChange change);

    /** Makes a change in each bucket that has not yet taken one from the same source at this or a later offset. */
    void applyToBuckets(int generation, RollupChange change);

    /** Clears a change made in the buckets from its fact document. */
    void clearPending(int generation, FactKind<?> kind, String id, String eventId);

    void linkContract(int generation, String employeeId, String contractId);

    /** Keeps the template's name (templates never change). */
    void saveTemplate(int generation, String templateId, String title, String businessUnit);

    /** Keeps the role profile's requirements when the version is newer than the one stored. */
    void saveRoleProfile(int generation, String jobRole, int version, List<RequiredLevel> requirements);

    /** Counts the event once per position and remembers the latest event time. */
    void countEvent(int generation, EventPosition position, Instant occurredAt);

    // --- reads ---------------------------------------------------------------------------------------------

    RollupSource buckets(int generation);

    List<ContractFacts> contracts(int generation, Collection<String> contractIds);

    Set<String> contractIdsOf(int generation, Collection<String> employeeIds);

    List<BudgetAccountFacts> accounts(int generation, Collection<String> accountIds);

    List<EmployeeFacts> employees(int generation, Collection<String> employeeIds);

    /** ACTIVE contracts at risk in the units, worst first (most misses, then latest miss). */
    List<ContractFacts> atRisk(int generation, Set<String> businessUnits, int limit);

    /** Template id → {title, business unit}. */
    Map<String, Template> templates(int generation, Collection<String> templateIds);

    List<GapHeatmap.Requirement> requirements(int generation, Collection<String> jobRoles);

    Freshness freshness(int generation);

    record Template(String templateId, String title, String businessUnit) {
    }

    record Freshness(long eventsApplied, Instant lastEventAt) {
    }
}
