package io.pactum.contract;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import io.pactum.events.budget.BudgetReserved;
import io.pactum.events.contract.ContractEvent;
import io.pactum.events.workforce.EmployeeUpserted;
import java.time.Duration;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service against the real in-process Kafka broker and MongoDB-wire store. Every test class
 * extending this shares one application context (same configuration, same database), so tests never
 * assume an empty store. The directory: erin and noah report to mona (ENG), sam to sven (SALES).
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class ContractServiceTest {

    protected static final RequestPostProcessor ERIN = TestTokens.as("erin", Role.EMPLOYEE, "ENG");
    protected static final RequestPostProcessor NOAH = TestTokens.as("noah", Role.EMPLOYEE, "ENG");
    protected static final RequestPostProcessor MONA = TestTokens.as("mona", List.of(Role.MANAGER, Role.EMPLOYEE), "ENG");
    protected static final RequestPostProcessor SAM = TestTokens.as("sam", Role.EMPLOYEE, "SALES");
    protected static final RequestPostProcessor LARS_LD_ADMIN = TestTokens.as("lars", Role.LD_ADMIN, "ENG", "SALES");
    protected static final RequestPostProcessor FIONA_FINANCE_SALES = TestTokens.as("fiona", Role.FINANCE, "SALES");
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    protected static final Duration DEADLINE = Duration.ofSeconds(60);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @BeforeAll
    static void directory() {
        TestTopics.publish(new EmployeeUpserted("erin", "Erin Eriksson", "erin@pactum.example", "en-GB",
                "Europe/Stockholm", "ENG", "Software Engineer", "mona", true));
        TestTopics.publish(new EmployeeUpserted("noah", "Noah Berg", "noah@pactum.example", "sv-SE",
                "Europe/Stockholm", "ENG", "Software Engineer", "mona", true));
        TestTopics.publish(new EmployeeUpserted("mona", "Mona Lind", "mona@pactum.example", "sv-SE",
                "Europe/Stockholm", "ENG", "Engineering Manager", null, true));
        TestTopics.publish(new EmployeeUpserted("sam", "Sam Okafor", "sam@pactum.example", "en-GB",
                "Europe/London", "SALES", "Account Executive", "sven", true));
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected WorkforceDirectory workforce;
    @Autowired
    protected MongoTemplate mongo;

    @BeforeEach
    void awaitDirectory() {
        await().atMost(DEADLINE).until(() -> workforce.isManagerOf("mona", "erin") && workforce.isManagerOf("mona", "noah")
                && workforce.isManagerOf("sven", "sam") && workforce.find("mona").isPresent());
    }

    /** Creates a draft as {@code who} and returns its id. */
    protected String create(RequestPostProcessor who, String body) throws Exception {
        String response = mvc.perform(post("/api/contracts").with(who).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JSON.readTree(response).path("id").asString();
    }

    protected ResultActions propose(String id, RequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/contracts/" + id + "/propose").with(who));
    }

    protected ResultActions sign(String id, RequestPostProcessor who, int revision) throws Exception {
        return mvc.perform(post("/api/contracts/" + id + "/sign").with(who).contentType(MediaType.APPLICATION_JSON)
                .content("{\"revision\":" + revision + "}"));
    }

    protected JsonNode read(String id, RequestPostProcessor who) throws Exception {
        return JSON.readTree(mvc.perform(get("/api/contracts/" + id).with(who)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** Proposes and signs the draft as both parties and answers for budget-service; returns when it is ACTIVE. */
    protected String activate(String id) throws Exception {
        sign(id, ERIN, 1).andExpect(status().isOk());
        sign(id, MONA, 1).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED"));
        TestTopics.publish(new BudgetReserved(id, "erin", 1, 2026, new Money(40_000, "EUR"), new Money(100_000, "EUR")));
        await().atMost(DEADLINE).until(() -> "ACTIVE".equals(read(id, ERIN).path("status").asString()));
        return id;
    }

    protected static List<EventEnvelope> envelopes(String contractId) {
        return TestTopics.events(Topics.CONTRACTS).stream()
                .filter(e -> e.data() instanceof ContractEvent c && c.contractId().equals(contractId)).toList();
    }

    protected static <T extends ContractEvent> List<T> events(String contractId, Class<T> type) {
        return envelopes(contractId).stream().map(EventEnvelope::data).filter(type::isInstance).map(type::cast).toList();
    }

    protected Document stored(String id) {
        return mongo.findById(id, Document.class, "contracts");
    }

    protected long version(String id) {
        return stored(id).get("version", Number.class).longValue();
    }

    /** The example body of ARCHITECTURE.md for erin, with a title and the one activity's cost. */
    protected static String body(String title, String cost) {
        return body("erin", title, cost);
    }

    protected static String body(String employeeId, String title, String cost) {
        return """
                {"employeeId":"%s","title":"%s","purpose":"Cloud migration strategy","fiscalYear":2026,
                 "objectives":[{"description":"Design resilient AWS architectures","competencyId":"cloud-architecture","targetLevel":3}],
                 "activities":[{"type":"ONLINE_COURSE","title":"SAA course","provider":"Acme Learning",
                   "plannedCost":{"amount":"%s","currency":"EUR"},"start":"2026-12-01","end":"2027-01-31"}],
                 "milestones":[{"title":"Course finished","dueDate":"2027-01-31"}],
                 "assessment":{"method":"CERTIFICATION_EXAM","criteria":"Pass SAA-C03"},"checkInEveryDays":14}
                """.formatted(employeeId, title, cost);
    }
}
