package io.pactum.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.events.Money;
import io.pactum.events.contract.ContractProposed;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.ContractTemplatePublished;
import io.pactum.events.workforce.EmployeeUpserted;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Who sees what, bad benefits, the service's health and its OpenAPI document. Units ACC and ACC2: max-a manages
 * ada-a (ACC); bob-a (ACC) reports to someone else; cid-a works in ACC2.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessIntegrationTest extends AnalyticsServiceTest {

    static final RequestPostProcessor LD_ACC = TestTokens.as("lars", Role.LD_ADMIN, "ACC");
    static final RequestPostProcessor LD_BOTH = TestTokens.as("lars", Role.LD_ADMIN, "ACC", "ACC2");
    static final RequestPostProcessor LD_ACC2 = TestTokens.as("lara", Role.LD_ADMIN, "ACC2");
    static final RequestPostProcessor ANALYST_ACC = TestTokens.as("ana", Role.ANALYST, "ACC");
    static final RequestPostProcessor MAX = TestTokens.as("max-a", List.of(Role.MANAGER, Role.EMPLOYEE), "ACC");
    static final RequestPostProcessor ADA = TestTokens.as("ada-a", Role.EMPLOYEE, "ACC");
    static final RequestPostProcessor FINANCE = TestTokens.as("fiona", Role.FINANCE, "ACC");
    static final String FUNNEL = "/api/analytics/funnel?fiscalYear=2026";

    @BeforeAll
    void people() {
        publish("2026-01-01T08:00:00Z", person("max-a", "ACC", null));
        publish("2026-01-01T08:00:00Z", person("ada-a", "ACC", "max-a"));
        publish("2026-01-01T08:00:00Z", person("bob-a", "ACC", "other-m"));
        publish("2026-01-01T08:00:00Z", person("cid-a", "ACC2", "other-m"));
        publish("2026-01-02T08:00:00Z", new ContractTemplatePublished("tpl-acc", "lars", "ACC", "Leadership path",
                List.of(), List.of(), Instant.parse("2026-01-02T08:00:00Z")));
        publish("2026-03-01T08:00:00Z", proposed("AA", "ada-a", "max-a", "ACC"));
        publish("2026-03-02T08:00:00Z", new ContractSigned("AA", "ada-a", "max-a", 1, eur(10_000), 2026, "ACC",
                Instant.parse("2026-03-02T08:00:00Z")));
        publish("2026-03-02T08:00:00Z", proposed("BB", "bob-a", "other-m", "ACC"));
        publish("2026-03-03T08:00:00Z", proposed("CC", "cid-a", "other-m", "ACC2"));
        awaitConsumed();
    }

    @Test
    void no_token_is_401_an_employee_or_finance_only_403() throws Exception {
        mvc.perform(get("/api/analytics/overview")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        for (String path : List.of("/api/analytics/overview", FUNNEL, "/api/analytics/roi", "/api/analytics/at-risk",
                "/api/analytics/freshness", "/api/analytics/benefits", "/api/analytics/gap-heatmap")) {
            mvc.perform(get(path).with(ADA)).andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get(FUNNEL).with(FINANCE)).andExpect(status().isForbidden());
        mvc.perform(post("/api/analytics/rebuild").with(ANALYST_ACC)).andExpect(status().isForbidden());
        mvc.perform(get("/api/analytics/rebuild").with(ADA)).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void l_and_d_and_analysts_see_their_units_and_another_unit_is_404() throws Exception {
        assertThat(proposed(json(FUNNEL + "&businessUnit=ACC", LD_ACC))).isEqualTo(2);
        assertThat(proposed(json(FUNNEL + "&businessUnit=ACC", ANALYST_ACC))).isEqualTo(2);
        // without a unit: all of the caller's
        assertThat(proposed(json(FUNNEL, LD_BOTH))).isEqualTo(3);
        assertThat(proposed(json(FUNNEL, LD_ACC))).isEqualTo(2);
        mvc.perform(get(FUNNEL + "&businessUnit=ACC").with(LD_ACC2)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/analytics/overview?businessUnit=ACC").with(LD_ACC2)).andExpect(status().isNotFound());
        // a year without any data: zeros, and null where there is nothing to divide by
        JsonNode empty = json("/api/analytics/overview?businessUnit=ACC2&fiscalYear=2030", LD_ACC2);
        assertThat(empty.get("allocated").isNull()).isTrue();
        assertThat(empty.get("utilisation").isNull()).isTrue();
        assertThat(empty.get("currencies")).isEmpty();
        assertThat(empty.get("funnel").toString()).isEqualTo("{\"proposed\":0,\"signed\":0,\"active\":0,\"completed\":0}");
        assertThat(empty.get("completionRate").isNull()).isTrue();
        assertThat(empty.get("roiPercent").isNull()).isTrue();
        assertThat(json("/api/analytics/roi?businessUnit=ACC2&fiscalYear=2030", LD_ACC2).get("items")).isEmpty();
        JsonNode budgets = json("/api/analytics/budgets?fiscalYear=2026", LD_BOTH);
        assertThat(budgets.get("items").findValuesAsString("businessUnit")).containsExactly("ACC", "ACC2");
    }

    @Test
    void a_manager_sees_only_the_team() throws Exception {
        assertThat(proposed(json(FUNNEL, MAX))).isEqualTo(1);
        assertThat(proposed(json(FUNNEL + "&businessUnit=ACC", MAX))).isEqualTo(1);
        JsonNode overview = json("/api/analytics/overview?fiscalYear=2026", MAX);
        assertThat(overview.get("contractsByStatus").get("SIGNED").asLong()).isEqualTo(1);
        assertThat(overview.get("contractsByStatus").get("PROPOSED").asLong()).isZero();
        // a unit none of the reports works in
        mvc.perform(get(FUNNEL + "&businessUnit=ACC2").with(MAX)).andExpect(status().isNotFound());
        mvc.perform(get("/api/analytics/freshness").with(MAX)).andExpect(status().isOk());
    }

    @Test
    void bad_benefits_are_400_naming_the_field_and_store_nothing() throws Exception {
        String good = """
                {"contractId": "AA", "annualBenefit": {"amount": "1000.00", "currency": "EUR"}, "isolationPercent": 50, "confidencePercent": 80}""";
        invalid("{}", "annualBenefit");
        invalid("{}", "isolationPercent");
        invalid(good.replace("\"isolationPercent\": 50", "\"isolationPercent\": 120"), "isolationPercent");
        invalid(good.replace("\"confidencePercent\": 80", "\"confidencePercent\": -1"), "confidencePercent");
        invalid(good.replace("\"isolationPercent\": 50", "\"isolationPercent\": 12.345"), "isolationPercent");
        invalid(good.replace("\"1000.00\"", "\"a lot\""), "annualBenefit.amount");
        invalid(good.replace("\"1000.00\"", "\"10.001\""), "annualBenefit.amount");
        invalid(good.replace("\"1000.00\"", "\"-5.00\""), "annualBenefit.amount");
        invalid(good.replace("\"1000.00\"", "\"0.00\""), "annualBenefit.amount");
        invalid(good.replace("\"EUR\"", "\"EUX\""), "annualBenefit.currency");
        invalid(good.replace("\"EUR\"", "\"SEK\""), "annualBenefit.currency");
        invalid(good.replace("\"contractId\": \"AA\"", "\"colour\": \"red\""), "colour");
        invalid(good.replace("\"contractId\": \"AA\"", "\"programId\": \"tpl-acc\", \"contractId\": \"AA\""), "programId");
        invalid(good.replace("\"contractId\": \"AA\",", ""), "programId");
        invalid(good.replace("\"contractId\": \"AA\"", "\"contractId\": \"AA\", \"fiscalYear\": 2025"), "fiscalYear");
        invalid(good.replace("\"contractId\": \"AA\"", "\"contractId\": \"AA\", \"note\": \"" + "x".repeat(2001) + "\""), "note");
        invalid("{\"annualBenefit\": ", "body");
        // unknown, or in a unit the admin does not work for: 404; not an admin: 403
        postBenefit(good.replace("\"AA\"", "\"nope\""), LD_ACC).andExpect(status().isNotFound());
        postBenefit(good.replace("\"contractId\": \"AA\"", "\"programId\": \"no-such-template\""), LD_ACC).andExpect(status().isNotFound());
        postBenefit(good, LD_ACC2).andExpect(status().isNotFound());
        postBenefit(good, ANALYST_ACC).andExpect(status().isForbidden());
        postBenefit(good, MAX).andExpect(status().isForbidden());

        assertThat(json("/api/analytics/benefits?businessUnit=ACC", LD_ACC).get("items")).isEmpty();

        // the good one is stored, and so is a program's
        postBenefit(good, LD_ACC).andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.adjustedBenefit.amount").value("400.00"));
        postBenefit(good.replace("\"contractId\": \"AA\"", "\"programId\": \"tpl-acc\""), LD_ACC).andExpect(status().isCreated())
                .andExpect(jsonPath("$.businessUnit").value("ACC"));
        assertThat(json("/api/analytics/benefits?businessUnit=ACC", LD_ACC).get("items")).hasSize(2);
        // the manager sees the benefit of the team's contract only
        assertThat(json("/api/analytics/benefits", MAX).get("items")).hasSize(1);
    }

    @Test
    void bad_query_parameters_are_400_naming_them() throws Exception {
        mvc.perform(get("/api/analytics/overview?period=Q5").with(LD_ACC)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("period")));
        mvc.perform(get("/api/analytics/overview?fiscalYear=1999").with(LD_ACC)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("fiscalYear")));
        mvc.perform(get("/api/analytics/at-risk?limit=0").with(LD_ACC)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("limit")));
    }

    @Test
    void the_openapi_document_lists_every_endpoint() throws Exception {
        JsonNode paths = json("/v3/api-docs", LD_ACC).get("paths");
        assertThat(paths.propertyNames()).contains("/api/analytics/overview", "/api/analytics/budgets",
                "/api/analytics/funnel", "/api/analytics/competency-gains", "/api/analytics/gap-heatmap",
                "/api/analytics/roi", "/api/analytics/benefits", "/api/analytics/providers",
                "/api/analytics/activity-types", "/api/analytics/at-risk", "/api/analytics/freshness",
                "/api/analytics/rebuild");
        assertThat(paths.get("/api/analytics/benefits").has("post")).isTrue();
        assertThat(paths.get("/api/analytics/rebuild").has("post")).isTrue();
        // the caller comes from the token, not from a parameter; tables are also CSV
        assertThat(paths.get("/api/analytics/overview").get("get").toString()).doesNotContain("\"caller\"");
        assertThat(paths.get("/api/analytics/providers").get("get").get("responses").get("200").get("content").has("text/csv")).isTrue();
    }

    private void invalid(String body, String field) throws Exception {
        postBenefit(body, LD_ACC).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private ResultActions postBenefit(String body, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/analytics/benefits").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static long proposed(JsonNode funnel) {
        return funnel.get("items").get(0).get("contracts").asLong();
    }

    private static ContractProposed proposed(String contract, String employee, String manager, String unit) {
        return new ContractProposed(contract, employee, manager, 1, employee, unit, 2026, eur(10_000));
    }

    private static EmployeeUpserted person(String id, String unit, String manager) {
        return new EmployeeUpserted(id, id, id + "@pactum.example", "en-GB", "UTC", unit, "Engineer", manager, true);
    }

    private static Money eur(long minor) {
        return new Money(minor, "EUR");
    }
}
