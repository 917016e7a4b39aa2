package io.pactum.budget.web;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.budget.BudgetServiceIntegrationTest;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HTTP API's contract: shapes, problems naming the field, and who may see or change what. */
class BudgetApiTest extends BudgetServiceIntegrationTest {

    /** Each test works in a year of its own: they share one database and run in any order. */
    private static final int YEAR = 2028;
    private static final int BAD_YEAR = 2029;
    private static final int POLICY_YEAR = 2030;
    private static final String ENG_POLICY = policy("EUR", "2000.00", "5000.00", "RESTRICTIVE");
    private static final RequestPostProcessor MONA = TestTokens.as("mona", Role.MANAGER, "ENG");
    private static final RequestPostProcessor ANA = TestTokens.as("ana", Role.ANALYST, "ENG");
    private static final RequestPostProcessor LARS = TestTokens.as("lars", Role.LD_ADMIN, "ENG");
    private static final RequestPostProcessor ELI = TestTokens.as("eng-01", Role.EMPLOYEE, "ENG");
    private static final RequestPostProcessor SALES_FINANCE = TestTokens.as("sally", Role.FINANCE, "SALES");

    @Test
    void a_bad_policy_is_a_400_problem_naming_the_field() throws Exception {
        expectInvalid("{\"currency\":\"EUR\",", "body");
        expectInvalid(ENG_POLICY.replace("\"mode\"", "\"colour\":\"red\",\"mode\""), "colour");
        expectInvalid(ENG_POLICY.replace("\"2000.00\"", "\"20.001\""), "defaultAllocation.amount");
        expectInvalid(ENG_POLICY.replace("\"2000.00\"", "\"two thousand\""), "defaultAllocation.amount");
        expectInvalid(ENG_POLICY.replace("\"5000.00\"", "\"-1.00\""), "approvalThreshold.amount");
        expectInvalid(ENG_POLICY.replace("\"5000.00\",\"currency\":\"EUR\"", "\"5000.00\",\"currency\":\"EUX\""),
                "approvalThreshold.currency");
        expectInvalid(ENG_POLICY.replace("\"2000.00\",\"currency\":\"EUR\"", "\"2000.00\",\"currency\":\"SEK\""),
                "defaultAllocation.currency");
        expectInvalid(ENG_POLICY.replace("\"RESTRICTIVE\"", "\"LOOSE\""), "mode");
        expectInvalid(ENG_POLICY.replace(",\"mode\":\"RESTRICTIVE\"", ""), "mode");
        expectInvalid(ENG_POLICY.replace("{\"currency\":\"EUR\",", "{\"currency\":\"XYZ\","), "currency");
        expectInvalid(ENG_POLICY.replace("\"mode\"", "\"carryOverPercent\":120,\"mode\""), "carryOverPercent");
        expectInvalid(ENG_POLICY.replace("\"mode\"", "\"allocationsByJobRole\":{\"Staff Engineer\":{\"amount\":\"3000.00\",\"currency\":\"SEK\"}},\"mode\""),
                "allocationsByJobRole.Staff Engineer.currency");
        mvc.perform(put("/api/budget-policies/ENG/next-year").with(FIONA).contentType(MediaType.APPLICATION_JSON)
                        .content(ENG_POLICY))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("fiscalYear")));
        // nothing was stored
        mvc.perform(get("/api/budget-policies/ENG/" + BAD_YEAR).with(FIONA)).andExpect(status().isNotFound());
    }

    @Test
    void only_finance_of_the_unit_writes_policies_and_allocates() throws Exception {
        putPolicy("ENG", POLICY_YEAR, ENG_POLICY, ERIN).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        putPolicy("ENG", POLICY_YEAR, ENG_POLICY, SALES_FINANCE).andExpect(status().isForbidden());
        mvc.perform(put("/api/budget-policies/ENG/" + POLICY_YEAR).contentType(MediaType.APPLICATION_JSON).content(ENG_POLICY))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // no policy yet
        mvc.perform(post("/api/budget-policies/ENG/" + POLICY_YEAR + "/allocate").with(FIONA)).andExpect(status().isNotFound());

        putPolicy("ENG", POLICY_YEAR, ENG_POLICY, FIONA).andExpect(status().isOk())
                .andExpect(jsonPath("$.businessUnit").value("ENG"))
                .andExpect(jsonPath("$.fiscalYear").value(POLICY_YEAR))
                .andExpect(jsonPath("$.defaultAllocation.amount").value("2000.00"))
                .andExpect(jsonPath("$.approvalThreshold.amount").value("5000.00"))
                .andExpect(jsonPath("$.mode").value("RESTRICTIVE"));
        mvc.perform(get("/api/budget-policies/ENG/" + POLICY_YEAR).with(LARS)).andExpect(status().isOk())
                .andExpect(jsonPath("$.defaultAllocation.amount").value("2000.00"));
        mvc.perform(get("/api/budget-policies/ENG/" + POLICY_YEAR).with(ERIN)).andExpect(status().isForbidden());
        mvc.perform(post("/api/budget-policies/ENG/" + POLICY_YEAR + "/allocate").with(ERIN)).andExpect(status().isForbidden());
        mvc.perform(post("/api/budget-policies/ENG/" + POLICY_YEAR + "/allocate").with(SALES_FINANCE)).andExpect(status().isForbidden());

        allocate("ENG", POLICY_YEAR).andExpect(jsonPath("$.accounts").value(3));
        // the accounts are kept in EUR
        putPolicy("ENG", POLICY_YEAR, policy("SEK", "20000.00", "50000.00", "RESTRICTIVE"), FIONA).andExpect(status().isConflict());
        // a second policy that would allocate differently is refused once budgets are allocated; nothing changes
        putPolicy("ENG", POLICY_YEAR, policy("EUR", "2500.00", "5000.00", "RESTRICTIVE"), FIONA).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("The " + POLICY_YEAR + " budgets of ENG are allocated under a policy of "
                        + "2,000.00 EUR per employee; its currency and allocations cannot change. Adjust single budgets instead."));
        mvc.perform(get("/api/budget-policies/ENG/" + POLICY_YEAR).with(FIONA)).andExpect(jsonPath("$.defaultAllocation.amount").value("2000.00"));
        // the threshold, the mode and the carry-over may change
        putPolicy("ENG", POLICY_YEAR, policy("EUR", "2000.00", "4000.00", "INDICATIVE"), FIONA).andExpect(status().isOk());
        mvc.perform(get("/api/budget-policies/ENG/" + POLICY_YEAR).with(FIONA)).andExpect(jsonPath("$.mode").value("INDICATIVE"))
                .andExpect(jsonPath("$.approvalThreshold.amount").value("4000.00"))
                .andExpect(jsonPath("$.carryOverPercent").value(0));
    }

    @Test
    void a_budget_is_seen_by_the_employee_their_manager_and_the_unit_roles_and_is_404_for_anyone_else() throws Exception {
        putPolicy("ENG", YEAR, ENG_POLICY, FIONA).andExpect(status().isOk());
        allocate("ENG", YEAR);
        String erinsBudget = "/api/budgets/erin?fiscalYear=" + YEAR;
        for (RequestPostProcessor allowed : new RequestPostProcessor[] {ERIN, MONA, ANA, LARS, FIONA}) {
            mvc.perform(get(erinsBudget).with(allowed)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.employeeId").value("erin"))
                    .andExpect(jsonPath("$.fiscalYear").value(YEAR))
                    .andExpect(jsonPath("$.businessUnit").value("ENG"))
                    .andExpect(jsonPath("$.currency").value("EUR"))
                    .andExpect(jsonPath("$.allocated.amount").value("2000.00"))
                    .andExpect(jsonPath("$.reserved.amount").value("0.00"))
                    .andExpect(jsonPath("$.available.amount").value("2000.00"));
        }
        mvc.perform(get(erinsBudget).with(ELI)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/budgets/erin/ledger?fiscalYear=" + YEAR).with(ELI)).andExpect(status().isNotFound());
        mvc.perform(get(erinsBudget).with(SALES_FINANCE)).andExpect(status().isNotFound());
        mvc.perform(get(erinsBudget)).andExpect(status().isUnauthorized());
        // no account that year
        mvc.perform(get("/api/budgets/erin?fiscalYear=2031").with(ERIN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/budgets/erin").with(ERIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
        mvc.perform(get("/api/budgets/erin?fiscalYear=soon").with(ERIN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
        mvc.perform(get("/api/budgets/erin/ledger?fiscalYear=" + YEAR).with(MONA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("ALLOCATION"))
                .andExpect(jsonPath("$[0].amount.amount").value("2000.00"))
                .andExpect(jsonPath("$[0].actor").value("fiona"));
    }

    @Test
    void the_openapi_document_lists_every_endpoint_behind_a_bearer_token() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Pactum budget-service"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/budgets/{employeeId}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/budgets/{employeeId}/ledger'].get").exists())
                .andExpect(jsonPath("$.paths['/api/budgets/{employeeId}/expenses'].post").exists())
                .andExpect(jsonPath("$.paths['/api/budgets/{employeeId}/adjustments'].post").exists())
                .andExpect(jsonPath("$.paths['/api/budgets/{employeeId}/refunds'].post").exists())
                .andExpect(jsonPath("$.paths['/api/budget-policies/{businessUnit}/{fiscalYear}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/budget-policies/{businessUnit}/{fiscalYear}/allocate'].post").exists())
                .andExpect(jsonPath("$.paths['/api/budget-policies/{businessUnit}/{fiscalYear}/close'].post").exists())
                .andExpect(jsonPath("$.paths['/api/budget-approvals'].get").exists())
                .andExpect(jsonPath("$.paths['/api/budget-approvals/{id}/approve'].post").exists())
                .andExpect(jsonPath("$.paths['/api/budget-approvals/{id}/decline'].post").exists())
                .andExpect(jsonPath("$.paths['/api/business-units/{businessUnit}/budget-summary'].get").exists())
                .andExpect(jsonPath("$.paths['/api/business-units/{businessUnit}/budget-ledger'].get").exists())
                .andExpect(jsonPath("$.paths['/api/budgets/{employeeId}'].get.parameters[*].name", contains("employeeId", "fiscalYear")))
                .andExpect(jsonPath("$..parameters[?(@.name == 'caller')]").isEmpty());
    }

    private void expectInvalid(String body, String field) throws Exception {
        putPolicy("ENG", BAD_YEAR, body, FIONA).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }
}
