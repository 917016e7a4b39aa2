package io.pactum.contract.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestInfrastructure;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.events.EventEnvelope;
import io.pactum.events.Money;
import io.pactum.events.Topics;
import io.pactum.events.budget.BudgetReservationDeclined;
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.workforce.EmployeeUpserted;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract's side of the signing saga against the real in-process broker and the MongoDB-wire
 * store: signatures publish ContractSigned once; budget-service's answers (published here as it would)
 * make the contract ACTIVE or FUNDING_DECLINED, once, also when redelivered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SigningSagaIntegrationTest {

    private static final RequestPostProcessor ERIN = TestTokens.as("erin", Role.EMPLOYEE, "ENG");
    private static final RequestPostProcessor MONA = TestTokens.as("mona", List.of(Role.MANAGER, Role.EMPLOYEE), "ENG");
    private static final RequestPostProcessor SAM = TestTokens.as("sam", Role.EMPLOYEE, "SALES");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @BeforeAll
    static void directory() {
        TestTopics.publish(new EmployeeUpserted("erin", "Erin Eriksson", "erin@pactum.example", "en-GB",
                "Europe/Stockholm", "ENG", "Software Engineer", "mona", true));
        TestTopics.publish(new EmployeeUpserted("mona", "Mona Lind", "mona@pactum.example", "sv-SE",
                "Europe/Stockholm", "ENG", "Engineering Manager", null, true));
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkforceDirectory workforce;
    @Autowired
    MongoTemplate mongo;

    @Test
    void signed_by_both_then_reserved_the_contract_is_active_and_redelivery_changes_nothing() throws Exception {
        awaitDirectory();
        String id = create(body("AWS Solutions Architect", "400.00"));
        mvc.perform(post("/api/contracts/" + id + "/propose").with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PROPOSED"));
        sign(id, ERIN, 1).andExpect(jsonPath("$.status").value("PROPOSED"));
        sign(id, MONA, 1).andExpect(jsonPath("$.status").value("SIGNED"));

        await().atMost(Duration.ofSeconds(60)).until(() -> signedEvents(id).size() == 1);
        ContractSigned signed = (ContractSigned) signedEvents(id).getFirst().data();
        assertThat(signed.totalPlannedCost()).isEqualTo(new Money(40_000, "EUR"));
        assertThat(signed.managerId()).isEqualTo("mona");
        assertThat(signed.businessUnit()).isEqualTo("ENG");

        String reservedId = TestTopics.publish(new BudgetReserved(id, "erin", 1, 2026, new Money(40_000, "EUR"),
                new Money(160_000, "EUR")));
        await().atMost(Duration.ofSeconds(60)).until(() -> "ACTIVE".equals(statusOf(id)));
        long version = version(id);

        TestTopics.publish(reservedId, new BudgetReserved(id, "erin", 1, 2026, new Money(40_000, "EUR"),
                new Money(160_000, "EUR")));
        // a declined answer for the same revision after the redelivery: arrives later on the same partition,
        // and must not move an ACTIVE contract either; once it is recorded, the redelivery was handled too
        String lateId = TestTopics.publish(new BudgetReservationDeclined(id, "erin", 1, 2026, "INSUFFICIENT_FUNDS",
                "late", new Money(0, "EUR"), new Money(40_000, "EUR")));
        await().atMost(Duration.ofSeconds(60)).until(() -> appliedIds(id).contains(lateId));

        assertThat(statusOf(id)).isEqualTo("ACTIVE");
        assertThat(appliedIds(id)).containsOnlyOnce(reservedId);
        assertThat(version(id)).isEqualTo(version + 1);
        assertThat(signedEvents(id)).hasSize(1);
    }

    @Test
    void a_declined_reservation_shows_the_reason_and_the_contract_can_be_amended_and_signed_again() throws Exception {
        awaitDirectory();
        String id = create(body("Executive MBA", "25000.00"));
        mvc.perform(post("/api/contracts/" + id + "/propose").with(MONA)).andExpect(status().isOk());
        sign(id, ERIN, 1);
        sign(id, MONA, 1);
        TestTopics.publish(new BudgetReservationDeclined(id, "erin", 1, 2026, "INSUFFICIENT_FUNDS",
                "Requested 25,000.00 EUR but only 2,000.00 EUR is available", new Money(200_000, "EUR"),
                new Money(2_500_000, "EUR")));
        await().atMost(Duration.ofSeconds(60)).until(() -> "FUNDING_DECLINED".equals(statusOf(id)));

        mvc.perform(get("/api/contracts/" + id).with(ERIN))
                .andExpect(jsonPath("$.fundingDecision.reason").value("INSUFFICIENT_FUNDS"))
                .andExpect(jsonPath("$.fundingDecision.available.amount").value("2000.00"))
                .andExpect(jsonPath("$.fundingDecision.requested.amount").value("25000.00"));

        mvc.perform(put("/api/contracts/" + id).with(ERIN).contentType(MediaType.APPLICATION_JSON)
                        .content(body("AWS Solutions Architect", "1500.00")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(2))
                .andExpect(jsonPath("$.status").value("PROPOSED"));
        sign(id, ERIN, 2);
        sign(id, MONA, 2).andExpect(jsonPath("$.status").value("SIGNED"));
        await().atMost(Duration.ofSeconds(60)).until(() -> signedEvents(id).size() == 2);
        mvc.perform(get("/api/contracts/" + id + "/revisions").with(MONA))
                .andExpect(jsonPath("$[0].totalPlannedCost.amount").value("25000.00"))
                .andExpect(jsonPath("$[1].changedFields", hasItem("activities")));
    }

    @Test
    void a_stale_revision_is_409_and_someone_elses_contract_is_404() throws Exception {
        awaitDirectory();
        String id = create(body("Kubernetes", "100.00"));
        mvc.perform(post("/api/contracts/" + id + "/propose").with(ERIN)).andExpect(status().isOk());
        mvc.perform(post("/api/contracts/" + id + "/sign").with(ERIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"revision\":3}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/contracts/" + id).with(SAM)).andExpect(status().isNotFound());
        mvc.perform(post("/api/contracts/" + id + "/sign").with(SAM).contentType(MediaType.APPLICATION_JSON)
                .content("{\"revision\":1}")).andExpect(status().isNotFound());
        mvc.perform(get("/api/contracts").with(SAM)).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/contracts?employeeId=erin").with(MONA))
                .andExpect(jsonPath("$.items[*].id", hasItem(id)));
    }

    @Test
    void malformed_requests_are_400_problems_naming_the_field_and_nothing_is_written() throws Exception {
        awaitDirectory();
        long before = mongo.getCollection("contracts").countDocuments();
        expectInvalid(body("", "100.00"), "title");
        expectInvalid(body("Kubernetes", "12.345"), "activities[0].plannedCost.amount");
        expectInvalid(body("Kubernetes", "100.00").replace("\"checkInEveryDays\":14", "\"checkInEveryDays\":14,\"colour\":\"red\""), "colour");
        expectInvalid(body("Kubernetes", "100.00").replace("\"end\":\"2027-01-31\"", "\"end\":\"2026-11-01\""), "activities[0].end");
        expectInvalid(body("Kubernetes", "100.00").replace("\"ONLINE_COURSE\"", "\"TELEPATHY\""), "activities[0].type");
        expectInvalid(body("Kubernetes", "100.00").replace("\"employeeId\":\"erin\"", "\"employeeId\":\"nobody\""), "employeeId");
        assertThat(mongo.getCollection("contracts").countDocuments()).isEqualTo(before);
        mvc.perform(post("/api/contracts").contentType(MediaType.APPLICATION_JSON).content(body("K", "1.00")))
                .andExpect(status().isUnauthorized());
    }

    private void expectInvalid(String body, String field) throws Exception {
        mvc.perform(post("/api/contracts").with(ERIN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    private void awaitDirectory() {
        await().atMost(Duration.ofSeconds(60)).until(() -> workforce.isManagerOf("mona", "erin")
                && workforce.find("mona").isPresent());
    }

    private String create(String body) throws Exception {
        String response = mvc.perform(post("/api/contracts").with(ERIN).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.revision").value(1))
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(response).path("id").asString();
    }

    private org.springframework.test.web.servlet.ResultActions sign(String id, RequestPostProcessor who, int revision) throws Exception {
        return mvc.perform(post("/api/contracts/" + id + "/sign").with(who).contentType(MediaType.APPLICATION_JSON)
                .content("{\"revision\":" + revision + "}")).andExpect(status().isOk());
    }

    private String statusOf(String id) throws Exception {
        JsonNode contract = JSON.readTree(mvc.perform(get("/api/contracts/" + id).with(ERIN)).andReturn().getResponse().getContentAsString());
        return contract.path("status").asString();
    }

    private long version(String id) {
        return mongo.findById(id, Document.class, "contracts").get("version", Number.class).longValue();
    }

    private List<String> appliedIds(String id) {
        return mongo.findById(id, Document.class, "contracts").getList("appliedEventIds", String.class, List.of());
    }

    private static List<EventEnvelope> signedEvents(String id) {
        return TestTopics.events(Topics.CONTRACTS).stream()
                .filter(e -> e.data() instanceof ContractSigned s && s.contractId().equals(id)).toList();
    }

    static String body(String title, String cost) {
        return """
                {"employeeId":"erin","title":"%s","purpose":"Cloud migration strategy","fiscalYear":2026,
                 "objectives":[{"description":"Design resilient AWS architectures","competencyId":"cloud-architecture","targetLevel":3}],
                 "activities":[{"type":"ONLINE_COURSE","title":"SAA course","provider":"Acme Learning",
                   "plannedCost":{"amount":"%s","currency":"EUR"},"start":"2026-12-01","end":"2027-01-31"}],
                 "milestones":[{"title":"Course finished","dueDate":"2027-01-31"}],
                 "assessment":{"method":"CERTIFICATION_EXAM","criteria":"Pass SAA-C03"},"checkInEveryDays":14}
                """.formatted(title, cost);
    }
}
