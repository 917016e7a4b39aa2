package io.pactum.analytics;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.testing.TestInfrastructure;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.events.workforce.EmployeeUpserted;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The thin service starts on the chassis: healthy, closed without a token, and it learns the workforce. */
@SpringBootTest
@AutoConfigureMockMvc
class AnalyticsServiceStartsTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkforceDirectory workforce;

    @Test
    void it_is_healthy_secured_and_keeps_the_workforce_projection() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/api/anything")).andExpect(status().isUnauthorized());
        TestTopics.publish(new EmployeeUpserted("erin", "Erin Eriksson", "erin@pactum.example", "en-GB",
                "Europe/Stockholm", "ENG", "Software Engineer", "mona", true));
        await().atMost(Duration.ofSeconds(60)).until(() -> workforce.isManagerOf("mona", "erin"));
    }
}
