package io.pactum.analytics.domain;

import io.pactum.events.Money;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A monetary benefit L&D attributes to a program (a contract template) or to one contract, for one fiscal year,
 * with Phillips's isolation and confidence factors and the Kirkpatrick levels the evaluation covered.
 *
 * @param programId  the template, or null when the benefit is a contract's
 * @param contractId the contract, or null when the benefit is a program's
 */
public record Benefit(String id, String programId, String contractId, String businessUnit, int fiscalYear,
                      Money annualBenefit, BigDecimal isolationPercent, BigDecimal confidencePercent,
                      Kirkpatrick kirkpatrick, String note, String recordedBy, Instant recordedAt) {

    public long adjustedMinor() {
        return PhillipsRoi.adjustedBenefit(annualBenefit.amountMinor(), isolationPercent, confidencePercent);
    }
}
