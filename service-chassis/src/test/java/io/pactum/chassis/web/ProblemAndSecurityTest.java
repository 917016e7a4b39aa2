package io.pactum.chassis.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.sample.SampleApplication;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestInfrastructure;
import io.pactum.chassis.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Errors as RFC 9457 problem+json naming the fields, and the security defaults every service gets. */
@SpringBootTest(classes = SampleApplication.class, properties = {"spring.config.name=chassis-sample", "spring.application.name=chassis-web-test"})
@AutoConfigureMockMvc
class ProblemAndSecurityTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void a_request_without_a_token_is_a_401_problem() throws Exception {
        mvc.perform(post("/api/parcels").contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":\"erin\",\"priority\":1}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void health_and_prometheus_are_open_and_other_actuator_endpoints_are_not() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("pactum_outbox_published")));
        mvc.perform(get("/actuator/env")).andExpect(status().isUnauthorized());
    }

    @Test
    void validation_errors_name_each_field() throws Exception {
        mvc.perform(post("/api/parcels").with(TestTokens.as("erin", Role.EMPLOYEE, "ENG"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":\" \",\"priority\":9}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[0].field").value("priority"))
                .andExpect(jsonPath("$.errors[1].field").value("recipient"));
    }

    @Test
    void a_validated_body_beside_a_constrained_parameter_still_names_the_body_fields() throws Exception {
        mvc.perform(post("/api/parcels/batches/2").with(TestTokens.as("erin", Role.EMPLOYEE, "ENG"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":\"\",\"priority\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("recipient"));
        mvc.perform(post("/api/parcels/batches/99").with(TestTokens.as("erin", Role.EMPLOYEE, "ENG"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":\"erin\",\"priority\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("count"));
    }

    @Test
    void an_unknown_property_is_rejected_by_name() throws Exception {
        mvc.perform(post("/api/parcels").with(TestTokens.as("erin", Role.EMPLOYEE, "ENG"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":\"erin\",\"priority\":1,\"colour\":\"red\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[0].message").value("is not a known field"));
    }

    @Test
    void a_value_of_the_wrong_type_and_broken_json_are_400_problems_without_internals() throws Exception {
        mvc.perform(post("/api/parcels").with(TestTokens.as("erin", Role.EMPLOYEE, "ENG"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":\"erin\",\"priority\":\"high\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("priority"));
        mvc.perform(post("/api/parcels").with(TestTokens.as("erin", Role.EMPLOYEE, "ENG"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"))
                .andExpect(content().string(not(containsString("tools.jackson"))))
                .andExpect(content().string(not(containsString("Exception"))));
    }

    @Test
    void a_record_one_may_not_see_answers_404_like_a_missing_one() throws Exception {
        String body = mvc.perform(post("/api/parcels").with(TestTokens.as("erin", Role.EMPLOYEE, "ENG"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"recipient\":\"erin\",\"priority\":1}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String id = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/parcels/" + id).with(TestTokens.as("erin", Role.EMPLOYEE, "ENG")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipient").value("erin"));
        mvc.perform(get("/api/parcels/" + id).with(TestTokens.as("sam", Role.EMPLOYEE, "SALES")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/parcels/no-such-parcel").with(TestTokens.as("erin", Role.EMPLOYEE, "ENG")))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_unknown_path_is_a_404_problem() throws Exception {
        mvc.perform(get("/api/nothing-here").with(TestTokens.as("erin", Role.EMPLOYEE, "ENG")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
