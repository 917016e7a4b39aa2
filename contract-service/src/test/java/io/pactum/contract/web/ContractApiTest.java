package io.pactum.contract.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.contract.ContractServiceTest;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HTTP contract: shapes, problems naming fields, 401/403/404/409, who sees what. */
class ContractApiTest extends ContractServiceTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Test
    void a_draft_answers_201_with_its_location_and_money_as_decimal_strings() throws Exception {
        var response = mvc.perform(post("/api/contracts").with(ERIN).contentType(MediaType.APPLICATION_JSON)
                        .content(body("AWS Solutions Architect", "400.00")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revision").value(1))
                .andExpect(jsonPath("$.employeeId").value("erin"))
                .andExpect(jsonPath("$.managerId").value("mona"))
                .andExpect(jsonPath("$.businessUnit").value("ENG"))
                .andExpect(jsonPath("$.activities[0].plannedCost.amount").value("400.00"))
                .andExpect(jsonPath("$.totalPlannedCost.amount").value("400.00"))
                .andExpect(jsonPath("$.totalPlannedCost.currency").value("EUR"))
                .andExpect(jsonPath("$.milestones[0].id").value("m1"))
                .andExpect(jsonPath("$.activities[0].start").value("2026-12-01"))
                .andExpect(jsonPath("$.signatures.length()").value(0))
                .andExpect(jsonPath("$.resources.length()").value(0))
                .andExpect(jsonPath("$.repaymentClause").doesNotExist())
                .andReturn().getResponse();
        String id = JSON.readTree(response.getContentAsString()).path("id").asString();
        assertThat(response.getHeader("Location")).isEqualTo("/api/contracts/" + id);
    }

    @Test
    void malformed_requests_are_400_problems_naming_the_field_and_nothing_is_written() throws Exception {
        long before = mongo.getCollection("contracts").countDocuments();
        String valid = body("Kubernetes", "100.00");

        expectInvalid(valid.replace("\"title\":\"Kubernetes\",", ""), "title");
        expectInvalid(body("  ", "100.00"), "title");
        expectInvalid(valid.replace("\"checkInEveryDays\":14", "\"checkInEveryDays\":14,\"colour\":\"red\""), "colour");
        expectInvalid(body("Kubernetes", "12.345"), "activities[0].plannedCost.amount");
        expectInvalid(body("Kubernetes", "twelve"), "activities[0].plannedCost.amount");
        expectInvalid(valid.replace("\"currency\":\"EUR\"", "\"currency\":\"EUX\""), "activities[0].plannedCost.currency");
        expectInvalid(valid.replace("\"end\":\"2027-01-31\"", "\"end\":\"2026-11-01\""), "activities[0].end");
        expectInvalid(valid.replace("\"start\":\"2026-12-01\"", "\"start\":\"2026-13-01\""), "activities[0].start");
        expectInvalid(valid.replace("\"ONLINE_COURSE\"", "\"TELEPATHY\""), "activities[0].type");
        expectInvalid(valid.replace("\"targetLevel\":3", "\"targetLevel\":6"), "objectives[0].targetLevel");
        expectInvalid(valid.replace("\"CERTIFICATION_EXAM\"", "\"ASTROLOGY\""), "assessment.method");
        expectInvalid(valid.replaceAll("(?s)\"activities\":\\[.*?}],", "\"activities\":[null],"), "activities[0]");
        expectInvalid(valid.replace("\"fiscalYear\":2026,", "\"fiscalYear\":1999,"), "fiscalYear");
        expectInvalid(valid.replace("\"end\":\"2027-01-31\"}]", "\"end\":\"2027-01-31\"},"
                + "{\"type\":\"COACHING\",\"title\":\"Coach\",\"plannedCost\":{\"amount\":\"5.00\",\"currency\":\"SEK\"},"
                + "\"start\":\"2026-12-01\",\"end\":\"2026-12-02\"}]"), "activities[1].plannedCost.currency");
        expectInvalid(body("nobody", "Kubernetes", "100.00"), "employeeId");
        expectInvalid(valid.replace("\"dueDate\":\"2027-01-31\"", "\"dueDate\":\"2027-02-01\""), "milestones[0].dueDate");
        expectInvalid(valid.replace("\"checkInEveryDays\":14", "\"checkInEveryDays\":14,\"repaymentClause\":{\"percentage\":101,\"retentionMonths\":12}"),
                "repaymentClause.percentage");
        expectInvalid(valid.replace("\"checkInEveryDays\":14", "\"checkInEveryDays\":14,\"resources\":[\"\"]"), "resources[0]");
        mvc.perform(post("/api/contracts").with(MONA).contentType(MediaType.APPLICATION_JSON)
                        .content(body("mona", "Leadership", "100.00")))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("employeeId"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("no manager")));
        mvc.perform(post("/api/contracts").with(ERIN).contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith(PROBLEM));

        assertThat(mongo.getCollection("contracts").countDocuments()).isEqualTo(before);
    }

    @Test
    void resources_a_repayment_clause_and_the_evidence_a_milestone_requires_are_terms_and_amending_them_is_recorded() throws Exception {
        String full = body("AWS Solutions Architect", "1500.00")
                .replace("\"dueDate\":\"2027-01-31\"}", "\"dueDate\":\"2027-01-31\",\"evidenceRequired\":\"Course certificate\","
                        + "\"objectives\":[0],\"activities\":[0]}")
                .replace("\"checkInEveryDays\":14", "\"checkInEveryDays\":14,\"resources\":[\"AWS sandbox account\"],"
                        + "\"repaymentClause\":{\"percentage\":50,\"retentionMonths\":12}");
        String id = create(ERIN, full);
        propose(id, ERIN).andExpect(status().isOk());
        mvc.perform(get("/api/contracts/" + id).with(MONA))
                .andExpect(jsonPath("$.resources[0]").value("AWS sandbox account"))
                .andExpect(jsonPath("$.repaymentClause.percentage").value(50))
                .andExpect(jsonPath("$.repaymentClause.retentionMonths").value(12))
                .andExpect(jsonPath("$.milestones[0].evidenceRequired").value("Course certificate"))
                .andExpect(jsonPath("$.milestones[0].objectives[0]").value(0))
                .andExpect(jsonPath("$.milestones[0].activities[0]").value(0));
        mvc.perform(put("/api/contracts/" + id).with(ERIN).contentType(MediaType.APPLICATION_JSON)
                        .content(full.replace("\"activities\":[0]}", "\"activities\":[3]}")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("milestones[0].activities[0]"));

        amend(id, MONA, full.replace("\"retentionMonths\":12", "\"retentionMonths\":24")).andExpect(status().isOk());
        mvc.perform(get("/api/contracts/" + id + "/revisions").with(ERIN))
                .andExpect(jsonPath("$[1].changedFields").value(contains("repaymentClause.retentionMonths")))
                .andExpect(jsonPath("$[1].repaymentClause.retentionMonths").value(24))
                .andExpect(jsonPath("$[0].repaymentClause.retentionMonths").value(12));
    }

    @Test
    void without_a_token_everything_is_401_problem() throws Exception {
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(body("K", "1.00")))
                .andExpect(status().isUnauthorized()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")));
        mvc.perform(get("/api/contracts")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void someone_elses_contract_does_not_exist_for_them() throws Exception {
        String id = create(ERIN, body("Kubernetes", "100.00"));

        for (RequestPostProcessor stranger : new RequestPostProcessor[] {SAM, FIONA_FINANCE_SALES, NOAH}) {
            mvc.perform(get("/api/contracts/" + id).with(stranger)).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        }
        mvc.perform(get("/api/contracts/" + id + "/revisions").with(SAM)).andExpect(status().isNotFound());
        propose(id, SAM).andExpect(status().isNotFound());
        sign(id, SAM, 1).andExpect(status().isNotFound());
        mvc.perform(put("/api/contracts/" + id).with(SAM).contentType(MediaType.APPLICATION_JSON)
                .content(body("Mine now", "1.00"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/contracts/no-such-contract").with(ERIN)).andExpect(status().isNotFound());

        mvc.perform(get("/api/contracts/" + id).with(MONA)).andExpect(status().isOk());
        mvc.perform(get("/api/contracts/" + id).with(LARS_LD_ADMIN)).andExpect(status().isOk());
        assertThat(read(id, ERIN).path("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void only_the_parties_draft_and_sign_and_a_stale_revision_is_409() throws Exception {
        mvc.perform(post("/api/contracts").with(SAM).contentType(MediaType.APPLICATION_JSON).content(body("K", "1.00")))
                .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        mvc.perform(post("/api/contracts").with(NOAH).contentType(MediaType.APPLICATION_JSON).content(body("K", "1.00")))
                .andExpect(status().isForbidden());
        String id = create(MONA, body("Kubernetes", "100.00"));
        assertThat(read(id, ERIN).path("managerId").asString()).isEqualTo("mona");
        propose(id, ERIN).andExpect(status().isOk());

        sign(id, LARS_LD_ADMIN, 1).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        sign(id, ERIN, 3).andExpect(status().isConflict()).andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("current revision 1")));
        sign(id, ERIN, 1).andExpect(status().isOk());
        sign(id, ERIN, 1).andExpect(status().isOk()).andExpect(jsonPath("$.signatures.length()").value(1));
        mvc.perform(post("/api/contracts/" + id + "/sign").with(ERIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"revision\":\"one\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("revision"));
        propose(id, ERIN).andExpect(status().isConflict());
    }

    @Test
    void an_amendment_is_a_new_revision_the_same_put_twice_is_one_and_the_parties_cannot_change() throws Exception {
        String id = create(ERIN, body("Kubernetes", "100.00"));
        propose(id, ERIN);
        sign(id, MONA, 1).andExpect(status().isOk());

        amend(id, ERIN, body("Kubernetes Administrator", "150.00")).andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.signatures.length()").value(0));
        amend(id, ERIN, body("Kubernetes Administrator", "150.00")).andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2));
        sign(id, MONA, 1).andExpect(status().isConflict());

        amend(id, ERIN, body("noah", "Kubernetes", "1.00")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("employeeId"));
        amend(id, ERIN, body("Kubernetes", "1.00").replace("2026,", "2027,")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fiscalYear"));
        amend(id, LARS_LD_ADMIN, body("Kubernetes", "1.00")).andExpect(status().isForbidden());
        mvc.perform(get("/api/contracts/" + id + "/revisions").with(ERIN))
                .andExpect(jsonPath("$[*].revision").value(contains(1, 2)))
                .andExpect(jsonPath("$[0].signatures[0].signedBy").value("mona"));
    }

    @Test
    void a_proposed_contract_can_be_cancelled_with_a_reason_and_then_not_signed() throws Exception {
        String id = create(ERIN, body("Kubernetes", "100.00"));
        propose(id, ERIN);
        mvc.perform(post("/api/contracts/" + id + "/cancel").with(MONA).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));

        mvc.perform(post("/api/contracts/" + id + "/cancel").with(MONA).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Team moved to another cloud\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.cancellation.reason").value("Team moved to another cloud"))
                .andExpect(jsonPath("$.cancellation.cancelledBy").value("mona"));
        sign(id, ERIN, 1).andExpect(status().isConflict());
    }

    @Test
    void lists_show_only_what_the_caller_may_see_paged_and_filtered() throws Exception {
        String first = create(NOAH, body("noah", "Go", "10.00"));
        String second = create(NOAH, body("noah", "Rust", "20.00"));
        String third = create(MONA, body("noah", "Zig", "30.00"));
        propose(third, NOAH).andExpect(status().isOk());

        var firstPage = JSON.readTree(list(NOAH, "employeeId=noah&size=2").andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0)).andExpect(jsonPath("$.size").value(2))
                .andReturn().getResponse().getContentAsString()).path("items");
        var secondPage = JSON.readTree(list(NOAH, "employeeId=noah&size=2&page=1").andExpect(jsonPath("$.page").value(1))
                .andReturn().getResponse().getContentAsString()).path("items");
        List<String> paged = new java.util.ArrayList<>();
        firstPage.forEach(c -> paged.add(c.path("id").asString()));
        secondPage.forEach(c -> paged.add(c.path("id").asString()));
        assertThat(paged).as("two pages, each contract once").hasSize(3).containsExactlyInAnyOrder(first, second, third);
        list(NOAH, "employeeId=noah&status=PROPOSED").andExpect(jsonPath("$.items[*].id").value(contains(third)));
        list(MONA, "employeeId=noah").andExpect(jsonPath("$.total").value(3));
        list(LARS_LD_ADMIN, "businessUnit=ENG&employeeId=noah").andExpect(jsonPath("$.total").value(3));
        list(FIONA_FINANCE_SALES, "employeeId=noah").andExpect(jsonPath("$.total").value(0));
        list(ERIN, "").andExpect(jsonPath("$.items[*].employeeId", not(hasItem("noah"))));
        list(SAM, "").andExpect(jsonPath("$.total").value(0));

        list(NOAH, "status=SIGNED_IN_BLOOD").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        list(NOAH, "size=0").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void a_contract_stored_in_the_first_slices_shape_is_read_and_upgraded_by_its_next_write() throws Exception {
        String id = create(ERIN, body("Kubernetes", "100.00"));
        sign(id, ERIN, 1).andExpect(status().isOk());
        Document stored = stored(id);
        List<Document> revisions = stored.getList("revisions", Document.class);
        Document signature = revisions.getFirst().getList("signatures", Document.class).getFirst();
        revisions.forEach(r -> r.remove("signatures"));
        stored.remove("revisions");
        stored.remove("createdAt");
        stored.put("history", revisions);
        stored.put("terms", revisions.getLast().get("terms"));
        stored.put("signatures", new Document("erin", signature));
        mongo.getCollection("contracts").replaceOne(new Document("_id", id), stored);

        mvc.perform(get("/api/contracts/" + id).with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Kubernetes"))
                .andExpect(jsonPath("$.signatures[*].signedBy").value(contains("erin")));
        sign(id, MONA, 1).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED"));
        assertThat(stored(id).getList("revisions", Document.class).getFirst().getList("signatures", Document.class))
                .hasSize(2);
    }

    private ResultActions list(RequestPostProcessor who, String query) throws Exception {
        return mvc.perform(get("/api/contracts?" + query).with(who));
    }

    private ResultActions amend(String id, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(put("/api/contracts/" + id).with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void expectInvalid(String body, String field) throws Exception {
        mvc.perform(post("/api/contracts").with(ERIN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }
}
