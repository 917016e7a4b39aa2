package io.pactum.analytics.application;

import io.pactum.chassis.web.ApiMoney;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the analytics API answers (see analytics-service/API.md). Money is {@code {"amount", "currency"}}, percentages have
 * one decimal and are null when their denominator is 0.
 */
public final class Views {

    private Views() {
    }

    /**
     * @param currencies every currency in the slice; money is in the first (the one holding most of it)
     * @param contractsByStatus as at the end of the period; DRAFT is not known to analytics
     * @param atRisk ACTIVE contracts of the fiscal year at risk now
     */
    public record Overview(String businessUnit, int fiscalYear, String period, List<String> currencies,
                           ApiMoney allocated, ApiMoney reserved, ApiMoney spent, BigDecimal utilisation,
                           Map<String, Long> contractsByStatus, Funnel funnel, BigDecimal medianDaysToSignature,
                           BigDecimal completionRate, BigDecimal milestoneOnTimeRate, long milestonesMissed,
                           BigDecimal checkInAdherence, long levelsGained, ApiMoney costPerLevelGained,
                           BigDecimal levelsPerThousand, BigDecimal roiPercent, BigDecimal benefitCostRatio,
                           long atRisk, Instant lastEventAt) {
    }

    public record Funnel(long proposed, long signed, long active, long completed) {
    }

    public record BudgetRow(String businessUnit, ApiMoney allocated, ApiMoney reserved, ApiMoney spent,
                            ApiMoney available, BigDecimal utilisation, long accounts) {
    }

    public record Budgets(List<BudgetRow> items) implements Tabular {
    }

    public record FunnelStage(String stage, long contracts) {
    }

    public record FunnelStages(List<FunnelStage> items) implements Tabular {
    }

    public record CompetencyGain(String competencyId, long levelsGained, long employees, ApiMoney cost, ApiMoney costPerLevel) {
    }

    public record CompetencyGains(List<CompetencyGain> items) implements Tabular {
    }

    public record Gap(String competencyId, int required, long employees, long below, long totalGap, BigDecimal averageGap) {
    }

    public record GapHeatmap(List<Gap> items) implements Tabular {
    }

    public record KirkpatrickCoverage(boolean reaction, boolean learning, boolean behaviour, boolean results) {
    }

    public record ProgramRoi(String programId, String program, long contracts, long completed, ApiMoney cost,
                             ApiMoney benefit, ApiMoney adjustedBenefit, BigDecimal roiPercent,
                             BigDecimal benefitCostRatio, KirkpatrickCoverage kirkpatrick) {
    }

    public record RoiTotal(long contracts, long completed, ApiMoney cost, ApiMoney benefit, ApiMoney adjustedBenefit,
                           BigDecimal roiPercent, BigDecimal benefitCostRatio, KirkpatrickCoverage kirkpatrick) {
    }

    public record Roi(List<ProgramRoi> items, RoiTotal total) implements Tabular {
    }

    public record Provider(String provider, List<String> activityTypes, long contracts, ApiMoney planned, ApiMoney spent) {
    }

    public record Providers(List<Provider> items) implements Tabular {
    }

    public record ActivityType(String activityType, long contracts, ApiMoney planned, ApiMoney spent) {
    }

    public record ActivityTypes(List<ActivityType> items) implements Tabular {
    }

    public record AtRiskContract(String contractId, String employeeId, String employeeName, String managerId,
                                 String businessUnit, String title, long missedMilestones, long missedCheckIns,
                                 LocalDate lastMissedOn) {
    }

    public record AtRisk(List<AtRiskContract> items) implements Tabular {
    }

    public record BenefitView(String id, String programId, String contractId, String businessUnit, int fiscalYear,
                              ApiMoney annualBenefit, BigDecimal isolationPercent, BigDecimal confidencePercent,
                              ApiMoney adjustedBenefit, KirkpatrickCoverage kirkpatrick, String note, String recordedBy,
                              Instant recordedAt) {
    }

    public record Benefits(List<BenefitView> items) implements Tabular {
    }

    public record Freshness(long eventsApplied, Instant lastEventAt) {
    }
}
