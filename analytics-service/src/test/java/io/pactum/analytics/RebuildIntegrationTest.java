package io.pactum.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.events.Money;
import io.pactum.events.budget.BudgetAllocated;
import io.pactum.events.budget.BudgetReservationPendingApproval;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.budget.BudgetSpent;
import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.competency.RequiredLevel;
import io.pactum.events.competency.RoleProfileChanged;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractCancelled;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.ContractTemplatePublished;
import io.pactum.events.contract.MilestoneMissed;
import io.pactum.events.contract.PlannedActivity;
import io.pactum.events.contract.PlannedMilestone;
import io.pactum.events.contract.PlannedObjective;
import io.pactum.events.workforce.EmployeeUpserted;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Replaying every topic from offset 0 into a new generation gives read models identical to those the live
 * consumers built (document for document), the API answers the same, and the live consumers go on with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildIntegrationTest extends AnalyticsServiceTest {

    static final RequestPostProcessor LARS = TestTokens.as("lars", Role.LD_ADMIN, "RBD");
    static final String Q = "?businessUnit=RBD&fiscalYear=2026";
    /**
     * The collections of a generation. What depends on how the topics interleaved is normalised: arrays compare as
     * sets, and a bucket's bookkeeping of partition positions ({@code pos}) and counters that went up and back to
     * zero are left out — its figures must be the same.
     */
    static final List<String> COLLECTIONS = List.of("contracts", "accounts", "employees", "employee_contracts", "rollups",
            "templates", "role_profiles", "state");

    @BeforeAll
    void history() {
        publish("2026-01-01T08:00:00Z", new EmployeeUpserted("ria-r", "Ria R", "ria@pactum.example", "en-GB", "UTC", "RBD", "RBD Analyst", "rob-r", true));
        publish("2026-01-01T08:00:00Z", new EmployeeUpserted("rob-r", "Rob R", "rob@pactum.example", "en-GB", "UTC", "RBD", "RBD Lead", null, true));
        publish("2026-01-02T08:00:00Z", new RoleProfileChanged("lars", "RBD Analyst", 1, List.of(new RequiredLevel("data-r", 3, 4))));
        publish("2026-01-02T08:00:00Z", new ContractTemplatePublished("tpl-r", "lars", "RBD", "Data path", List.of(), List.of(),
                Instant.parse("2026-01-02T08:00:00Z")));
        publish("2026-01-05T08:00:00Z", new BudgetAllocated("ria-r", 2026, "RBD", eur(300_000), "fiona"));
        publish("2026-02-01T08:00:00Z", new ContractProposed("R1", "ria-r", "rob-r", 1, "ria-r", "RBD", 2026, eur(120_000)));
        publish("2026-02-03T08:00:00Z", new ContractSigned("R1", "ria-r", "rob-r", 1, eur(120_000), 2026, "RBD",
                Instant.parse("2026-02-03T08:00:00Z"), "SQL mastery", "tpl-r", List.of(new PlannedObjective("data-r", 3)),
                List.of(new PlannedActivity("ONLINE_COURSE", "SQL", "DataCamp", eur(120_000), LocalDate.parse("2026-02-10"), LocalDate.parse("2026-05-31"))),
                List.of(new PlannedMilestone("r-m1", "Half", LocalDate.parse("2026-03-31"))), 14));
        publish("2026-02-03T08:00:01Z", new BudgetReservationPendingApproval("ap", "R1", "ria-r", 1, 2026, "RBD", eur(120_000), eur(100_000)));
        publish("2026-02-05T08:00:00Z", new BudgetReserved("R1", "ria-r", 1, 2026, eur(120_000), eur(180_000)));
        publish("2026-02-05T08:00:01Z", new ContractActivated("R1", "ria-r", 1, "RBD", 2026, Instant.parse("2026-02-05T08:00:01Z")));
        publish("2026-03-01T08:00:00Z", new BudgetSpent("ria-r", "R1", 2026, "RBD", eur(50_000), "DataCamp", "D-1"));
        publish("2026-04-01T02:00:00Z", new MilestoneMissed("R1", "ria-r", "rob-r", "r-m1", "Half", LocalDate.parse("2026-03-31"), "RBD", 2026));
        publish("2026-04-02T08:00:00Z", new CompetencyLevelChanged("ria-r", "data-r", 1, 2, "CERTIFICATION", "lars"));
        publish("2026-05-01T08:00:00Z", new ContractProposed("R2", "ria-r", "rob-r", 1, "ria-r", "RBD", 2026, eur(20_000)));
        publish("2026-05-02T08:00:00Z", new ContractCancelled("R2", "ria-r", "changed plans", "ria-r", "RBD", 2026, Instant.parse("2026-05-02T08:00:00Z")));
        awaitConsumed();
    }

    @Test
    void a_replay_rebuild_gives_identical_read_models() throws Exception {
        List<String> urls = List.of("/api/analytics/overview" + Q, "/api/analytics/overview" + Q + "&period=M02",
                "/api/analytics/roi" + Q, "/api/analytics/providers" + Q, "/api/analytics/activity-types" + Q,
                "/api/analytics/competency-gains" + Q, "/api/analytics/gap-heatmap?businessUnit=RBD",
                "/api/analytics/at-risk?businessUnit=RBD", "/api/analytics/budgets?fiscalYear=2026", "/api/analytics/freshness");
        List<String> before = new ArrayList<>();
        for (String url : urls) {
            before.add(text(url, LARS));
        }
        assertThat(json("/api/analytics/overview" + Q, LARS).get("funnel").get("active").asLong()).isEqualTo(1);
        int old = generations.active();
        Map<String, List<Document>> oldModels = snapshot(old);

        mvc.perform(post("/api/analytics/rebuild").with(LARS)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("RUNNING")).andExpect(jsonPath("$.generation").value(old + 1));
        mvc.perform(post("/api/analytics/rebuild").with(LARS)).andExpect(status().isConflict());
        await().atMost(DEADLINE).until(() -> json("/api/analytics/rebuild", LARS).get("state").asString().equals("DONE"));

        JsonNode done = json("/api/analytics/rebuild", LARS);
        assertThat(done.get("generation").asInt()).isEqualTo(old + 1);
        assertThat(done.get("eventsReplayed").asLong()).isGreaterThanOrEqualTo(published.size());
        done.get("topics").forEach(topic -> assertThat(topic.get("position").asLong()).isEqualTo(topic.get("end").asLong()));
        assertThat(done.get("topics").get("pactum.contracts").get("end").asLong()).isPositive();
        assertThat(generations.active()).isEqualTo(old + 1);

        Map<String, List<Document>> rebuilt = snapshot(old + 1);
        for (String collection : COLLECTIONS) {
            assertThat(rebuilt.get(collection)).as(collection).isNotEmpty().isEqualTo(oldModels.get(collection));
        }
        for (int i = 0; i < urls.size(); i++) {
            assertThat(text(urls.get(i), LARS)).as(urls.get(i)).isEqualTo(before.get(i));
        }

        // the live consumers go on with the new generation
        publish("2026-06-01T08:00:00Z", new ContractProposed("R3", "ria-r", "rob-r", 1, "ria-r", "RBD", 2026, eur(10_000)));
        awaitConsumed();
        assertThat(json("/api/analytics/funnel" + Q, LARS).get("items").get(0).get("contracts").asLong()).isEqualTo(3);
    }

    /** Every document of the generation's collections by id, with order-dependent arrays sorted. */
    private Map<String, List<Document>> snapshot(int generation) {
        Map<String, List<Document>> models = new TreeMap<>();
        for (String collection : COLLECTIONS) {
            List<Document> documents = mongo.find(new Query().with(Sort.by("_id")), Document.class, collection + "_g" + generation);
            documents.forEach(RebuildIntegrationTest::normalise);
            models.put(collection, documents);
        }
        return models;
    }

    private static void normalise(Document document) {
        for (String field : List.of("appliedEventIds", "contractIds", "values")) {
            List<String> values = document.getList(field, String.class);
            if (values != null) {
                document.put(field, values.stream().sorted().toList());
            }
        }
        if (document.containsKey("pos")) { // a bucket
            document.remove("pos");
            for (String figures : List.of("c", "m", "h")) {
                Document f = document.get(figures, Document.class);
                if (f != null) {
                    dropZeros(f);
                }
            }
        }
    }

    private static void dropZeros(Document figures) {
        figures.entrySet().removeIf(e -> e.getValue() instanceof Number n && n.longValue() == 0);
        figures.values().stream().filter(Document.class::isInstance).map(Document.class::cast).forEach(RebuildIntegrationTest::dropZeros);
        figures.entrySet().removeIf(e -> e.getValue() instanceof Document d && d.isEmpty());
    }

    private static Money eur(long minor) {
        return new Money(minor, "EUR");
    }
}
