package io.pactum.chassis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.sample.SampleApplication;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestInfrastructure;
import io.pactum.chassis.testing.TestTokens;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** With {@code pactum.clock.adjustable=true} (the local platform only) an L&D admin moves the service's one clock. */
@SpringBootTest(classes = {SampleApplication.class, DemoClockEndpointTest.Listener.class},
        properties = {"spring.config.name=chassis-sample", "spring.application.name=chassis-clock-test",
                "pactum.clock.adjustable=true"})
@AutoConfigureMockMvc
class DemoClockEndpointTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @TestConfiguration
    static class Listener {
        final List<ClockAdjusted> heard = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ClockAdjusted adjusted) {
            heard.add(adjusted);
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    Clock clock;
    @Autowired
    Listener listener;

    @Test
    void an_ld_admin_moves_the_clock_the_service_uses_and_puts_it_back() throws Exception {
        assertThat(clock).isInstanceOf(AdjustableClock.class);
        mvc.perform(put("/dev/clock").with(TestTokens.as("erin", Role.EMPLOYEE, "ENG"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"now\":\"2026-02-03T09:00:00Z\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/dev/clock").contentType(MediaType.APPLICATION_JSON).content("{\"now\":\"2026-02-03T09:00:00Z\"}"))
                .andExpect(status().isUnauthorized());
        assertThat(clock.instant()).isAfter(Instant.parse("2026-11-01T00:00:00Z"));

        mvc.perform(put("/dev/clock").with(TestTokens.as("lars", Role.LD_ADMIN, "ENG"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"now\":\"2026-02-03T09:00:00Z\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.now").value(org.hamcrest.Matchers.startsWith("2026-02-03T09:00")));
        assertThat(clock.instant()).isBetween(Instant.parse("2026-02-03T09:00:00Z"), Instant.parse("2026-02-03T09:01:00Z"));
        assertThat(listener.heard).extracting(ClockAdjusted::now).singleElement()
                .satisfies(now -> assertThat(now).isBetween(Instant.parse("2026-02-03T09:00:00Z"), Instant.parse("2026-02-03T09:01:00Z")));

        mvc.perform(put("/dev/clock").with(TestTokens.as("lars", Role.LD_ADMIN, "ENG"))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isOk());
        mvc.perform(get("/dev/clock").with(TestTokens.as("lars", Role.LD_ADMIN, "ENG")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.offset").value("PT0S"));
        assertThat(clock.instant()).isAfter(Instant.parse("2026-11-01T00:00:00Z"));
    }
}
