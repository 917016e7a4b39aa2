package io.pactum.analytics.application;

import io.pactum.analytics.domain.ContractFacts;
import java.util.List;
import java.util.Set;

/**
 * The part of the read models a caller asked for and may see: business units (LD_ADMIN, ANALYST) read from the
 * stored buckets; a manager's team is summed in memory from their direct reports' documents.
 *
 * @param businessUnit the unit asked for, or null for all the caller's
 * @param team         the team's contracts, or null for a slice of business units
 */
public record Slice(String businessUnit, Set<String> units, RollupSource buckets, int generation,
                    Set<String> teamMembers, List<ContractFacts> team) {

    public boolean isTeam() {
        return team != null;
    }
}
