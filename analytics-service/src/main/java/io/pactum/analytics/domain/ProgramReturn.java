package io.pactum.analytics.domain;

import java.math.BigDecimal;

/**
 * A program's (or a total's) figures for ROI, in one currency: contracts, completed, fully loaded cost, the
 * benefits recorded and their adjusted value, the Kirkpatrick levels covered.
 */
public record ProgramReturn(long contracts, long completed, long costMinor, long benefitMinor, long adjustedMinor,
                            Kirkpatrick kirkpatrick) {

    public static final ProgramReturn NONE = new ProgramReturn(0, 0, 0, 0, 0, Kirkpatrick.NONE);

    public static ProgramReturn of(Figures program, String currency) {
        return new ProgramReturn(program.count(Measures.CONTRACTS), program.count(Measures.COMPLETED),
                currency == null ? 0 : program.money(currency, Measures.COST), 0, 0, Kirkpatrick.NONE);
    }

    public ProgramReturn withBenefit(Benefit benefit) {
        return new ProgramReturn(contracts, completed, costMinor, Math.addExact(benefitMinor, benefit.annualBenefit().amountMinor()),
                Math.addExact(adjustedMinor, benefit.adjustedMinor()),
                benefit.kirkpatrick() == null ? kirkpatrick : kirkpatrick.or(benefit.kirkpatrick()));
    }

    public ProgramReturn plus(ProgramReturn other) {
        return new ProgramReturn(contracts + other.contracts, completed + other.completed,
                Math.addExact(costMinor, other.costMinor), Math.addExact(benefitMinor, other.benefitMinor),
                Math.addExact(adjustedMinor, other.adjustedMinor), kirkpatrick.or(other.kirkpatrick));
    }

    public ProgramReturn minus(ProgramReturn other) {
        return new ProgramReturn(contracts - other.contracts, completed - other.completed,
                Math.subtractExact(costMinor, other.costMinor), Math.subtractExact(benefitMinor, other.benefitMinor),
                Math.subtractExact(adjustedMinor, other.adjustedMinor), kirkpatrick);
    }

    public BigDecimal roiPercent() {
        return PhillipsRoi.roiPercent(adjustedMinor, costMinor);
    }

    public BigDecimal benefitCostRatio() {
        return PhillipsRoi.benefitCostRatio(adjustedMinor, costMinor);
    }
}
