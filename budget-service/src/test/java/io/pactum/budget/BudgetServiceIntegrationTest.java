package io.pactum.budget;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.outbox.Outbox;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestInfrastructure;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.events.workforce.EmployeeUpserted;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One application context for every integration test of budget-service (the subclasses share it: same
 * configuration, one consumer group member, one database), against the real in-process Kafka broker and
 * MongoDB-wire store. The workforce projection learns its people from EmployeeUpserted on
 * {@code pactum.workforce}, as in production. Each test class works in fiscal years of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class BudgetServiceIntegrationTest {

    protected static final RequestPostProcessor FIONA = TestTokens.as("fiona", Role.FINANCE, "ENG", "SALES");
    protected static final RequestPostProcessor ERIN = TestTokens.as("erin", Role.EMPLOYEE, "ENG");

    /** ENG: erin, eng-01 and eng-02 (managed by mona), eng-left (inactive); SALES: sam (managed by sven). */
    private static final List<EmployeeUpserted> WORKFORCE = List.of(
            new EmployeeUpserted("erin", "Erin", "erin@pactum.example", "en-GB", "Europe/Stockholm", "ENG",
                    "Software Engineer", "mona", true),
            new EmployeeUpserted("eng-01", "Eli", "eli@pactum.example", "en-GB", "Europe/Stockholm", "ENG",
                    "Software Engineer", "mona", true),
            new EmployeeUpserted("eng-02", "Eva", "eva@pactum.example", "en-GB", "Europe/Stockholm", "ENG",
                    "Software Engineer", "mona", true),
            new EmployeeUpserted("eng-left", "Ezra", "ezra@pactum.example", "en-GB", "Europe/Stockholm", "ENG",
                    "Software Engineer", "mona", false),
            new EmployeeUpserted("sam", "Sam", "sam@pactum.example", "en-GB", "Europe/London", "SALES",
                    "Account Executive", "sven", true));
    private static boolean published;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected WorkforceDirectory workforce;
    @Autowired
    private MongoTemplate mongo;
    @Value("${pactum.outbox.collections}")
    private List<String> outboxCollections;

    @BeforeEach
    void workforceIsKnown() {
        synchronized (BudgetServiceIntegrationTest.class) {
            if (!published) {
                WORKFORCE.forEach(TestTopics::publish);
                published = true;
            }
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> WORKFORCE.stream().allMatch(e ->
                workforce.find(e.employeeId()).map(m -> m.active() == e.active()).orElse(false)));
    }

    /** Waits until the relay has published every pending event of every aggregate. */
    protected void awaitOutboxEmpty() {
        Query pending = Query.query(Criteria.where(Outbox.FIELD + ".0").exists(true));
        await().atMost(Duration.ofSeconds(60)).until(() -> outboxCollections.stream()
                .noneMatch(collection -> mongo.exists(pending, collection)));
    }

    protected static String policy(String currency, String allocation, String threshold, String mode) {
        return """
                {"currency":"%s","defaultAllocation":{"amount":"%s","currency":"%s"},
                 "approvalThreshold":{"amount":"%s","currency":"%s"},"mode":"%s"}"""
                .formatted(currency, allocation, currency, threshold, currency, mode);
    }

    protected ResultActions putPolicy(String unit, int year, String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(put("/api/budget-policies/" + unit + "/" + year).with(caller)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    protected ResultActions allocate(String unit, int year) throws Exception {
        return mvc.perform(post("/api/budget-policies/" + unit + "/" + year + "/allocate").with(FIONA))
                .andExpect(status().isOk());
    }
}
