package io.pactum.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.events.Money;
import io.pactum.events.budget.BudgetAllocated;
import io.pactum.events.budget.BudgetReleased;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetSpent;
import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.competency.RequiredLevel;
import io.pactum.events.competency.RoleProfileChanged;
import io.pactum.events.contract.CheckInMissed;
import io.pactum.events.contract.CheckInRecorded;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ContractFundingDeclined;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.ContractTemplatePublished;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.MilestoneMissed;
import io.pactum.events.contract.ObjectiveResult;
import io.pactum.events.contract.PlannedActivity;
import io.pactum.events.contract.PlannedMilestone;
import io.pactum.events.contract.PlannedObjective;
import io.pactum.events.notification.NotificationSent;
import io.pactum.events.workforce.EmployeeUpserted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * A year of a business unit's learning published as the services publish it, and the API's answers worked out by
 * hand. Unit PRJ, fiscal year 2026: erin-p and noah-p (PRJ Engineer) report to mona-p.
 * <ul>
 *   <li>A (erin-p, template tpl-p): proposed 2 March, signed 2.5 days later, 1,500 reserved, active; 1,000 spent with
 *       Acme Learning; milestone m1 on time, m2 missed (due 30 June) and completed late; a check-in held in May, one
 *       due 28 June missed, another held in July; completed 30 September, the rest (500) released.</li>
 *   <li>B (noah-p, no template): proposed 1 April, signed 2 days later, 800 reserved, active; milestone k1 (due 31 May)
 *       missed — at risk.</li>
 *   <li>C (erin-p): proposed 1 June, signed a day later, funding declined.</li>
 *   <li>D (noah-p): proposed 1 November.</li>
 *   <li>Budgets of 2,000 each. erin-p: cloud-p 0 → 2 (self), 2 → 3 (contract assessment); noah-p: devops-p 0 → 1 (manager).</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadModelsIntegrationTest extends AnalyticsServiceTest {

    static final RequestPostProcessor ANA = TestTokens.as("ana", Role.ANALYST, "PRJ");
    static final RequestPostProcessor LARS = TestTokens.as("lars", Role.LD_ADMIN, "PRJ");
    static final String Q = "?businessUnit=PRJ&fiscalYear=2026";
    static final String ROLE = "PRJ Engineer";

    @BeforeAll
    void aYearOfLearning() {
        publish("2026-01-01T08:00:00Z", person("mona-p", "Mona P", "Engineering Manager", null));
        publish("2026-01-01T08:00:00Z", person("erin-p", "Erin P", ROLE, "mona-p"));
        publish("2026-01-01T08:00:00Z", person("noah-p", "Noah P", ROLE, "mona-p"));
        publish("2026-01-02T08:00:00Z", new RoleProfileChanged("lars", ROLE, 1,
                List.of(new RequiredLevel("cloud-p", 3, 5), new RequiredLevel("devops-p", 2, 3))));
        publish("2026-01-02T09:00:00Z", new ContractTemplatePublished("tpl-p", "lars", "PRJ", "AWS path",
                List.of(new PlannedObjective("cloud-p", 3)), List.of(), Instant.parse("2026-01-02T09:00:00Z")));
        publish("2026-01-05T08:00:00Z", new BudgetAllocated("erin-p", 2026, "PRJ", eur(200_000), "fiona"));
        publish("2026-01-05T08:00:00Z", new BudgetAllocated("noah-p", 2026, "PRJ", eur(200_000), "fiona"));
        publish("2026-02-01T08:00:00Z", new CompetencyLevelChanged("erin-p", "cloud-p", 0, 2, "SELF", "erin-p"));
        publish("2026-03-01T08:00:00Z", new CompetencyLevelChanged("noah-p", "devops-p", 0, 1, "MANAGER", "mona-p"));

        // A
        publish("2026-03-02T09:00:00Z", new ContractProposed("A", "erin-p", "mona-p", 1, "erin-p", "PRJ", 2026, eur(150_000)));
        publish("2026-03-04T21:00:00Z", new ContractSigned("A", "erin-p", "mona-p", 1, eur(150_000), 2026, "PRJ",
                Instant.parse("2026-03-04T21:00:00Z"), "AWS Solutions Architect", "tpl-p",
                List.of(new PlannedObjective("cloud-p", 3), new PlannedObjective("devops-p", 2)),
                List.of(activity("ONLINE_COURSE", "Acme Learning", 100_000), activity("COACHING", "Coachly", 50_000)),
                List.of(new PlannedMilestone("m1", "Half way", LocalDate.parse("2026-04-30")),
                        new PlannedMilestone("m2", "Course done", LocalDate.parse("2026-06-30"))), 30));
        publish("2026-03-04T21:00:01Z", new BudgetReserved("A", "erin-p", 1, 2026, eur(150_000), eur(50_000)));
        publish("2026-03-05T08:00:00Z", new ContractActivated("A", "erin-p", 1, "PRJ", 2026, Instant.parse("2026-03-05T08:00:00Z")));
        publish("2026-04-10T12:00:00Z", new BudgetSpent("erin-p", "A", 2026, "PRJ", eur(100_000), "Acme Learning", "INV-1"));
        publish("2026-04-20T10:00:00Z", new MilestoneCompleted("A", "erin-p", "m1", "Half way", Instant.parse("2026-04-20T10:00:00Z"), "ok", "PRJ", 2026));
        publish("2026-05-15T10:00:00Z", new CheckInRecorded("A", "erin-p", "ck1", 3, "mona-p", Instant.parse("2026-05-15T10:00:00Z"), "PRJ", 2026));
        publish("2026-07-01T02:00:00Z", new MilestoneMissed("A", "erin-p", "mona-p", "m2", "Course done", LocalDate.parse("2026-06-30"), "PRJ", 2026));
        publish("2026-07-01T02:00:01Z", new CheckInMissed("A", "erin-p", "mona-p", LocalDate.parse("2026-06-28"), "PRJ", 2026));
        publish("2026-07-10T10:00:00Z", new MilestoneCompleted("A", "erin-p", "m2", "Course done", Instant.parse("2026-07-10T10:00:00Z"), "ok", "PRJ", 2026));
        publish("2026-07-11T10:00:00Z", new CheckInRecorded("A", "erin-p", "ck2", 4, "mona-p", Instant.parse("2026-07-11T10:00:00Z"), "PRJ", 2026));
        publish("2026-09-30T15:00:00Z", new ContractCompleted("A", "erin-p", 1, List.of(new ObjectiveResult("cloud-p", 3),
                new ObjectiveResult("devops-p", 2)), "PRJ", 2026, Instant.parse("2026-09-30T15:00:00Z")));
        publish("2026-09-30T15:00:01Z", new BudgetReleased("erin-p", "A", 2026, "PRJ", eur(50_000)));
        publish("2026-09-30T15:00:02Z", new CompetencyLevelChanged("erin-p", "cloud-p", 2, 3, "CONTRACT_ASSESSMENT", null));
        // B
        publish("2026-04-01T09:00:00Z", new ContractProposed("B", "noah-p", "mona-p", 1, "noah-p", "PRJ", 2026, eur(80_000)));
        publish("2026-04-03T09:00:00Z", new ContractSigned("B", "noah-p", "mona-p", 1, eur(80_000), 2026, "PRJ",
                Instant.parse("2026-04-03T09:00:00Z"), "Kubernetes basics", null, List.of(new PlannedObjective("devops-p", 2)),
                List.of(activity("WORKSHOP", "Cloud Academy", 80_000)),
                List.of(new PlannedMilestone("k1", "Workshop", LocalDate.parse("2026-05-31"))), null));
        publish("2026-04-03T09:00:01Z", new BudgetReserved("B", "noah-p", 1, 2026, eur(80_000), eur(120_000)));
        publish("2026-04-03T09:00:02Z", new ContractActivated("B", "noah-p", 1, "PRJ", 2026, Instant.parse("2026-04-03T09:00:02Z")));
        publish("2026-06-01T02:00:00Z", new MilestoneMissed("B", "noah-p", "mona-p", "k1", "Workshop", LocalDate.parse("2026-05-31"), "PRJ", 2026));
        // C
        publish("2026-06-01T09:00:00Z", new ContractProposed("C", "erin-p", "mona-p", 1, "erin-p", "PRJ", 2026, eur(500_000)));
        publish("2026-06-02T09:00:00Z", new ContractSigned("C", "erin-p", "mona-p", 1, eur(500_000), 2026, "PRJ",
                Instant.parse("2026-06-02T09:00:00Z"), "Big conference", null, List.of(),
                List.of(activity("CONFERENCE", "Events Inc", 500_000)), List.of(), null));
        publish("2026-06-02T09:00:01Z", new BudgetReservationDeclined("C", "erin-p", 1, 2026, "INSUFFICIENT_FUNDS",
                "Requested 5,000.00 EUR but only 500.00 EUR is available.", eur(50_000), eur(500_000)));
        publish("2026-06-02T09:00:02Z", new ContractFundingDeclined("C", "erin-p", 1, "PRJ", 2026, "INSUFFICIENT_FUNDS", "no"));
        // D
        publish("2026-11-01T09:00:00Z", new ContractProposed("D", "noah-p", "mona-p", 1, "noah-p", "PRJ", 2026, eur(30_000)));
        publish("2026-11-02T09:00:00Z", new NotificationSent("n1", "noah-p", "CONTRACT", "EMAIL"));
        awaitConsumed();
    }

    @Test
    @Order(1)
    void the_overview_of_the_year() throws Exception {
        JsonNode o = json("/api/analytics/overview" + Q, ANA);
        assertThat(o.get("businessUnit").asString()).isEqualTo("PRJ");
        assertThat(o.get("period").asString()).isEqualTo("YEAR");
        assertThat(o.get("currencies").toString()).isEqualTo("[\"EUR\"]");
        // 4,000 allocated; reserved: A 1,500 − 1,000 spent − 500 released, B 800; spent 1,000 → (800 + 1,000) / 4,000 = 45 %
        assertThat(o.get("allocated").toString()).isEqualTo("{\"amount\":\"4000.00\",\"currency\":\"EUR\"}");
        assertThat(o.get("reserved").get("amount").asString()).isEqualTo("800.00");
        assertThat(o.get("spent").get("amount").asString()).isEqualTo("1000.00");
        assertThat(o.get("utilisation").decimalValue()).isEqualByComparingTo("45.0");
        assertThat(o.get("contractsByStatus").toString()).isEqualTo("{\"PROPOSED\":1,\"SIGNED\":0,\"FUNDING_PENDING_APPROVAL\":0,"
                + "\"FUNDING_DECLINED\":1,\"ACTIVE\":1,\"COMPLETED\":1,\"FAILED\":0,\"CANCELLED\":0}");
        assertThat(o.get("funnel").toString()).isEqualTo("{\"proposed\":4,\"signed\":3,\"active\":2,\"completed\":1}");
        // 2.5, 2.0 and 1.0 days → median 2.0
        assertThat(o.get("medianDaysToSignature").decimalValue()).isEqualByComparingTo("2.0");
        assertThat(o.get("completionRate").decimalValue()).isEqualByComparingTo("100.0");
        // m1 on time; m2 and k1 reported missed → 1 / 3
        assertThat(o.get("milestoneOnTimeRate").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(o.get("milestonesMissed").asLong()).isEqualTo(2);
        // two check-ins held, one missed
        assertThat(o.get("checkInAdherence").decimalValue()).isEqualByComparingTo("66.7");
        // only the assessed contract's level counts (the self and manager ratings do not): 1 level for 1,000 spent
        assertThat(o.get("levelsGained").asLong()).isEqualTo(1);
        assertThat(o.get("costPerLevelGained").get("amount").asString()).isEqualTo("1000.00");
        assertThat(o.get("levelsPerThousand").decimalValue()).isEqualByComparingTo("1.0");
        // no benefits yet: costs 1,800 (A 1,000 spent; B 800 held; C nothing) against nothing → −100 %
        assertThat(o.get("roiPercent").decimalValue()).isEqualByComparingTo("-100.0");
        assertThat(o.get("benefitCostRatio").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(o.get("atRisk").asLong()).isEqualTo(1);
        assertThat(o.get("lastEventAt").isNull()).isFalse();
    }

    @Test
    @Order(2)
    void the_second_quarter() throws Exception {
        JsonNode o = json("/api/analytics/overview" + Q + "&period=Q2", ANA);
        // flows of April–June: B and C proposed and signed, B activated
        assertThat(o.get("funnel").toString()).isEqualTo("{\"proposed\":2,\"signed\":2,\"active\":1,\"completed\":0}");
        // as at 30 June: A and B active, C declined, D not yet proposed
        assertThat(o.get("contractsByStatus").get("ACTIVE").asLong()).isEqualTo(2);
        assertThat(o.get("contractsByStatus").get("FUNDING_DECLINED").asLong()).isEqualTo(1);
        assertThat(o.get("contractsByStatus").get("PROPOSED").asLong()).isZero();
        // budgets as at 30 June: reserved A 500 + B 800, spent 1,000 → 2,300 / 4,000 = 57.5 %
        assertThat(o.get("reserved").get("amount").asString()).isEqualTo("1300.00");
        assertThat(o.get("utilisation").decimalValue()).isEqualByComparingTo("57.5");
        // m1 on time (April), k1 missed (May), m2 missed (June, by its due date) → 1 / 3; check-ins: May held, June missed
        assertThat(o.get("milestoneOnTimeRate").decimalValue()).isEqualByComparingTo("33.3");
        assertThat(o.get("checkInAdherence").decimalValue()).isEqualByComparingTo("50.0");
        // B 2.0 and C 1.0 days → 1.5
        assertThat(o.get("medianDaysToSignature").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(o.get("completionRate").isNull()).isTrue();
        assertThat(o.get("levelsGained").asLong()).isZero();
        assertThat(o.get("costPerLevelGained").isNull()).isTrue();

        JsonNode march = json("/api/analytics/funnel" + Q + "&period=M03", ANA);
        assertThat(march.get("items").toString()).isEqualTo("[{\"stage\":\"PROPOSED\",\"contracts\":1},{\"stage\":\"SIGNED\",\"contracts\":1},"
                + "{\"stage\":\"ACTIVE\",\"contracts\":1},{\"stage\":\"COMPLETED\",\"contracts\":0}]");
    }

    @Test
    @Order(3)
    void budgets_providers_activity_types_competencies_gaps_and_risks() throws Exception {
        JsonNode budgets = json("/api/analytics/budgets?fiscalYear=2026", ANA).get("items");
        assertThat(budgets).hasSize(1);
        assertThat(budgets.get(0).get("businessUnit").asString()).isEqualTo("PRJ");
        assertThat(budgets.get(0).get("available").get("amount").asString()).isEqualTo("2200.00");
        assertThat(budgets.get(0).get("accounts").asLong()).isEqualTo(2);
        assertThat(budgets.get(0).get("utilisation").decimalValue()).isEqualByComparingTo("45.0");

        JsonNode providers = json("/api/analytics/providers" + Q, ANA).get("items");
        // by spent, then planned
        assertThat(providers.findValuesAsString("provider")).containsExactly("Acme Learning", "Events Inc", "Cloud Academy", "Coachly");
        assertThat(providers.get(0).get("spent").get("amount").asString()).isEqualTo("1000.00");
        assertThat(providers.get(0).get("planned").get("amount").asString()).isEqualTo("1000.00");
        assertThat(providers.get(0).get("activityTypes").toString()).isEqualTo("[\"ONLINE_COURSE\"]");
        assertThat(providers.get(0).get("contracts").asLong()).isEqualTo(1);
        assertThat(providers.get(1).get("planned").get("amount").asString()).isEqualTo("5000.00");
        assertThat(providers.get(1).get("spent").get("amount").asString()).isEqualTo("0.00");

        JsonNode types = json("/api/analytics/activity-types" + Q, ANA).get("items");
        assertThat(types.findValuesAsString("activityType")).containsExactly("ONLINE_COURSE", "CONFERENCE", "WORKSHOP", "COACHING");

        JsonNode gains = json("/api/analytics/competency-gains" + Q, ANA).get("items");
        // A's 1,000 shared by cloud-p and devops-p; erin-p gained one level of cloud-p
        assertThat(gains.get(0).toString()).isEqualTo("{\"competencyId\":\"cloud-p\",\"levelsGained\":1,\"employees\":1,"
                + "\"cost\":{\"amount\":\"500.00\",\"currency\":\"EUR\"},\"costPerLevel\":{\"amount\":\"500.00\",\"currency\":\"EUR\"}}");
        assertThat(gains.get(1).toString()).isEqualTo("{\"competencyId\":\"devops-p\",\"levelsGained\":0,\"employees\":0,"
                + "\"cost\":{\"amount\":\"500.00\",\"currency\":\"EUR\"},\"costPerLevel\":null}");

        // PRJ Engineer requires cloud-p 3 and devops-p 2; erin-p: cloud-p 3, devops-p unrated; noah-p: devops-p 1, cloud-p unrated
        JsonNode gaps = json("/api/analytics/gap-heatmap?businessUnit=PRJ", ANA).get("items");
        assertThat(gaps.toString()).isEqualTo("[{\"competencyId\":\"cloud-p\",\"required\":3,\"employees\":2,\"below\":1,\"totalGap\":3,\"averageGap\":1.5},"
                + "{\"competencyId\":\"devops-p\",\"required\":2,\"employees\":2,\"below\":2,\"totalGap\":3,\"averageGap\":1.5}]");

        JsonNode atRisk = json("/api/analytics/at-risk?businessUnit=PRJ", ANA).get("items");
        assertThat(atRisk.toString()).isEqualTo("[{\"contractId\":\"B\",\"employeeId\":\"noah-p\",\"employeeName\":\"Noah P\","
                + "\"managerId\":\"mona-p\",\"businessUnit\":\"PRJ\",\"title\":\"Kubernetes basics\",\"missedMilestones\":1,"
                + "\"missedCheckIns\":0,\"lastMissedOn\":\"2026-05-31\"}]");
    }

    @Test
    @Order(4)
    void benefits_give_the_roi_per_program_and_in_total() throws Exception {
        // 10,000 × 80 % × 50 % = 4,000 for the AWS path; 2,000 × 50 % × 80 % = 800 for B (no template: its own program)
        mvc.perform(post("/api/analytics/benefits").with(LARS).contentType(MediaType.APPLICATION_JSON).content("""
                {"programId": "tpl-p", "annualBenefit": {"amount": "10000.00", "currency": "EUR"}, "isolationPercent": 80,
                 "confidencePercent": 50, "kirkpatrick": {"reaction": true, "results": true}, "note": "fewer incidents", "fiscalYear": 2026}"""))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/analytics/benefits").with(LARS).contentType(MediaType.APPLICATION_JSON).content("""
                {"contractId": "B", "annualBenefit": {"amount": "2000.00", "currency": "EUR"}, "isolationPercent": 50,
                 "confidencePercent": 80, "kirkpatrick": {"learning": true}}"""))
                .andExpect(status().isCreated());

        JsonNode roi = json("/api/analytics/roi" + Q, ANA);
        List<String> rows = new ArrayList<>();
        roi.get("items").forEach(item -> rows.add(item.toString()));
        assertThat(rows).containsExactly(
                "{\"programId\":\"tpl-p\",\"program\":\"AWS path\",\"contracts\":1,\"completed\":1,"
                        + "\"cost\":{\"amount\":\"1000.00\",\"currency\":\"EUR\"},\"benefit\":{\"amount\":\"10000.00\",\"currency\":\"EUR\"},"
                        + "\"adjustedBenefit\":{\"amount\":\"4000.00\",\"currency\":\"EUR\"},\"roiPercent\":300.0,\"benefitCostRatio\":4.00,"
                        + "\"kirkpatrick\":{\"reaction\":true,\"learning\":false,\"behaviour\":false,\"results\":true}}",
                "{\"programId\":\"contract:B\",\"program\":\"Kubernetes basics\",\"contracts\":1,\"completed\":0,"
                        + "\"cost\":{\"amount\":\"800.00\",\"currency\":\"EUR\"},\"benefit\":{\"amount\":\"2000.00\",\"currency\":\"EUR\"},"
                        + "\"adjustedBenefit\":{\"amount\":\"800.00\",\"currency\":\"EUR\"},\"roiPercent\":0.0,\"benefitCostRatio\":1.00,"
                        + "\"kirkpatrick\":{\"reaction\":false,\"learning\":true,\"behaviour\":false,\"results\":false}}",
                "{\"programId\":\"other\",\"program\":\"Contracts without a template\",\"contracts\":1,\"completed\":0,"
                        + "\"cost\":{\"amount\":\"0.00\",\"currency\":\"EUR\"},\"benefit\":{\"amount\":\"0.00\",\"currency\":\"EUR\"},"
                        + "\"adjustedBenefit\":{\"amount\":\"0.00\",\"currency\":\"EUR\"},\"roiPercent\":null,\"benefitCostRatio\":null,"
                        + "\"kirkpatrick\":{\"reaction\":false,\"learning\":false,\"behaviour\":false,\"results\":false}}");
        // in total: (4,800 − 1,800) / 1,800 = 166.7 %, 4,800 / 1,800 = 2.67
        JsonNode total = roi.get("total");
        assertThat(total.get("contracts").asLong()).isEqualTo(3);
        assertThat(total.get("cost").get("amount").asString()).isEqualTo("1800.00");
        assertThat(total.get("adjustedBenefit").get("amount").asString()).isEqualTo("4800.00");
        assertThat(total.get("roiPercent").decimalValue()).isEqualByComparingTo("166.7");
        assertThat(total.get("benefitCostRatio").decimalValue()).isEqualByComparingTo("2.67");
        assertThat(json("/api/analytics/overview" + Q, ANA).get("roiPercent").decimalValue()).isEqualByComparingTo("166.7");

        JsonNode benefits = json("/api/analytics/benefits?businessUnit=PRJ", ANA).get("items");
        assertThat(benefits).hasSize(2);
        assertThat(benefits.get(0).get("adjustedBenefit").get("amount").asString()).isEqualTo("4000.00");
        assertThat(benefits.get(1).get("fiscalYear").asInt()).as("a contract's benefit is for its year").isEqualTo(2026);
    }

    @Test
    @Order(5)
    void tables_answer_as_csv() throws Exception {
        String providers = csv("/api/analytics/providers" + Q);
        assertThat(providers).startsWith("provider,activityTypes,contracts,planned,plannedCurrency,spent,spentCurrency\r\n"
                + "Acme Learning,ONLINE_COURSE,1,1000.00,EUR,1000.00,EUR\r\n");
        assertThat(providers.split("\r\n")).hasSize(5);
        assertThat(csv("/api/analytics/at-risk?businessUnit=PRJ")).isEqualTo("contractId,employeeId,employeeName,managerId,"
                + "businessUnit,title,missedMilestones,missedCheckIns,lastMissedOn\r\n"
                + "B,noah-p,Noah P,mona-p,PRJ,Kubernetes basics,1,0,2026-05-31\r\n");
        assertThat(csv("/api/analytics/funnel" + Q)).isEqualTo("stage,contracts\r\nPROPOSED,4\r\nSIGNED,3\r\nACTIVE,2\r\nCOMPLETED,1\r\n");
        assertThat(csv("/api/analytics/budgets?fiscalYear=2026")).isEqualTo("businessUnit,allocated,allocatedCurrency,reserved,"
                + "reservedCurrency,spent,spentCurrency,available,availableCurrency,utilisation,accounts\r\n"
                + "PRJ,4000.00,EUR,800.00,EUR,1000.00,EUR,2200.00,EUR,45.0,2\r\n");
        assertThat(csv("/api/analytics/roi" + Q)).contains("\r\ntpl-p,AWS path,1,1,1000.00,EUR,10000.00,EUR,4000.00,EUR,300.0,4.00,true,false,false,true\r\n");
        assertThat(csv("/api/analytics/gap-heatmap?businessUnit=PRJ")).isEqualTo("competencyId,required,employees,below,totalGap,"
                + "averageGap\r\ncloud-p,3,2,1,3,1.5\r\ndevops-p,2,2,2,3,1.5\r\n");
        assertThat(csv("/api/analytics/competency-gains" + Q)).startsWith("competencyId,levelsGained,employees,cost,costCurrency,"
                + "costPerLevel,costPerLevelCurrency\r\ncloud-p,1,1,500.00,EUR,500.00,EUR\r\n");
        assertThat(csv("/api/analytics/activity-types" + Q)).startsWith("activityType,contracts,planned,plannedCurrency,spent,"
                + "spentCurrency\r\nONLINE_COURSE,1,1000.00,EUR,1000.00,EUR\r\n");
        assertThat(csv("/api/analytics/benefits?businessUnit=PRJ")).startsWith("id,programId,contractId,businessUnit,fiscalYear,"
                + "annualBenefit,annualBenefitCurrency,isolationPercent,confidencePercent,adjustedBenefit,adjustedBenefitCurrency,"
                + "kirkpatrickReaction,kirkpatrickLearning,kirkpatrickBehaviour,kirkpatrickResults,note,recordedBy,recordedAt\r\n");
        // an error stays problem+json even when CSV was asked for
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/analytics/providers?period=Q9")
                        .with(ANA).accept("text/csv"))
                .andExpect(status().isBadRequest());
    }

    private String csv(String url) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).with(ANA).accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    @Order(6)
    void every_event_delivered_again_changes_no_answer() throws Exception {
        List<String> urls = List.of("/api/analytics/overview" + Q, "/api/analytics/overview" + Q + "&period=Q2",
                "/api/analytics/roi" + Q, "/api/analytics/providers" + Q, "/api/analytics/activity-types" + Q,
                "/api/analytics/competency-gains" + Q, "/api/analytics/gap-heatmap?businessUnit=PRJ",
                "/api/analytics/at-risk?businessUnit=PRJ", "/api/analytics/budgets?fiscalYear=2026");
        List<String> before = new ArrayList<>();
        for (String url : urls) {
            before.add(text(url, ANA));
        }
        long seen = json("/api/analytics/freshness", ANA).get("eventsApplied").asLong();

        redeliverEverything();
        awaitConsumed();

        // every record was consumed again (they count as records seen)...
        await().atMost(DEADLINE).until(() -> json("/api/analytics/freshness", ANA).get("eventsApplied").asLong()
                >= seen + published.size());
        // ...and changed nothing
        for (int i = 0; i < urls.size(); i++) {
            assertThat(text(urls.get(i), ANA)).as(urls.get(i)).isEqualTo(before.get(i));
        }
    }

    private static EmployeeUpserted person(String id, String name, String role, String manager) {
        return new EmployeeUpserted(id, name, id + "@pactum.example", "en-GB", "Europe/Stockholm", "PRJ", role, manager, true);
    }

    private static PlannedActivity activity(String type, String provider, long minor) {
        return new PlannedActivity(type, type.toLowerCase(), provider, eur(minor), LocalDate.parse("2026-03-10"), LocalDate.parse("2026-09-30"));
    }

    private static Money eur(long minor) {
        return new Money(minor, "EUR");
    }
}
