package io.pactum.analytics.application;

import io.pactum.analytics.domain.Benefit;
import java.util.Collection;
import java.util.List;

/** The benefits L&D recorded: entered by people, not derived from events, so a rebuild keeps them. */
public interface BenefitStore {

    void save(Benefit benefit);

    /** The benefits of the units (of the fiscal year, when given), oldest first. */
    List<Benefit> ofUnits(Collection<String> businessUnits, Integer fiscalYear);

    /** The benefits recorded for these contracts (of the fiscal year, when given), oldest first. */
    List<Benefit> ofContracts(Collection<String> contractIds, Integer fiscalYear);
}
