package io.pactum.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.events.contract.CheckInRecorded;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ContractFailed;
import io.pactum.events.contract.MilestoneCompleted;
import io.pactum.events.contract.ObjectiveResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * An active contract over HTTP: milestones completed with evidence, check-ins, the assessment that closes
 * it (ContractCompleted with the achieved levels, ContractFailed), the audit trail — and bad input or a
 * closed contract changing nothing.
 */
class ContractProgressIntegrationTest extends ContractServiceTest {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final RequestPostProcessor FRANK_FINANCE_ENG = TestTokens.as("frank", Role.FINANCE, "ENG");

    @Test
    void a_party_completes_a_milestone_with_evidence_and_checks_in_on_an_active_contract_only() throws Exception {
        String draft = create(ERIN, body("Kubernetes", "400.00"));
        complete(draft, "m1", ERIN, "{\"evidence\":\"Certificate\"}").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("ACTIVE")));
        checkIn(draft, ERIN, "{\"progress\":3}").andExpect(status().isConflict());

        String id = activate(create(ERIN, body("AWS Solutions Architect", "400.00")));
        long version = version(id);
        complete(id, "m1", ERIN, "{\"evidence\":\" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence"));
        complete(id, "m1", ERIN, "{\"evidence\":\"Done\",\"link\":\"javascript:alert(1)\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("link"));
        complete(id, "m7", ERIN, "{\"evidence\":\"Done\"}").andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        complete(id, "m1", LARS_LD_ADMIN, "{\"evidence\":\"Done\"}").andExpect(status().isForbidden());
        complete(id, "m1", SAM, "{\"evidence\":\"Done\"}").andExpect(status().isNotFound());
        checkIn(id, MONA, "{\"progress\":6}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("progress"));
        checkIn(id, MONA, "{\"progress\":3,\"agreedActions\":[\" \"]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agreedActions[0]"));
        assertThat(version(id)).as("bad input wrote nothing").isEqualTo(version);

        complete(id, "m1", ERIN, "{\"evidence\":\"Passed the practice exam\",\"link\":\"https://acme.example/c/42\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress.completedMilestones[0].milestoneId").value("m1"))
                .andExpect(jsonPath("$.progress.completedMilestones[0].evidence").value("Passed the practice exam"))
                .andExpect(jsonPath("$.progress.completedMilestones[0].link").value("https://acme.example/c/42"))
                .andExpect(jsonPath("$.progress.completedMilestones[0].completedBy").value("erin"))
                .andExpect(jsonPath("$.progress.nextMilestoneDue").doesNotExist());
        checkIn(id, MONA, "{\"progress\":4,\"notes\":\"Ahead of plan\",\"agreedActions\":[\"Book the exam\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.progress.checkIns[0].id").value("ci1"))
                .andExpect(jsonPath("$.progress.checkIns[0].recordedBy").value("mona"))
                .andExpect(jsonPath("$.progress.checkIns[0].progress").value(4))
                .andExpect(jsonPath("$.progress.checkIns[0].date").exists())
                .andExpect(jsonPath("$.progress.checkIns[0].agreedActions[0]").value("Book the exam"));

        await().atMost(DEADLINE).until(() -> events(id, MilestoneCompleted.class).size() == 1
                && events(id, CheckInRecorded.class).size() == 1);
        assertThat(events(id, MilestoneCompleted.class).getFirst().evidence())
                .isEqualTo("Passed the practice exam (https://acme.example/c/42)");
        assertThat(events(id, CheckInRecorded.class).getFirst()).extracting(CheckInRecorded::progress, CheckInRecorded::recordedBy)
                .containsExactly(4, "mona");
    }

    @Test
    void the_manager_assesses_achieved_and_the_contract_completes_with_the_levels_reached_then_nothing_changes() throws Exception {
        String id = activate(create(ERIN, body("AWS Solutions Architect", "400.00")));
        String achieved = "{\"outcome\":\"ACHIEVED\",\"objectiveResults\":[{\"competencyId\":\"cloud-architecture\",\"achievedLevel\":3}],"
                + "\"notes\":\"Passed SAA-C03\"}";

        assess(id, ERIN, achieved).andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assess(id, FRANK_FINANCE_ENG, achieved).andExpect(status().isForbidden());
        assess(id, MONA, "{\"outcome\":\"ACHIEVED\",\"objectiveResults\":[]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("objectiveResults"));
        assess(id, MONA, "{\"outcome\":\"ACHIEVED\",\"objectiveResults\":[{\"competencyId\":\"knitting\",\"achievedLevel\":3}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("objectiveResults[0].competencyId")));
        assess(id, MONA, "{\"outcome\":\"MAYBE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        assertThat(read(id, ERIN).path("status").asString()).isEqualTo("ACTIVE");

        assess(id, MONA, achieved).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.progress.assessment.result").value("ACHIEVED"))
                .andExpect(jsonPath("$.progress.assessment.assessedBy").value("mona"));
        await().atMost(DEADLINE).until(() -> events(id, ContractCompleted.class).size() == 1);
        ContractCompleted completed = events(id, ContractCompleted.class).getFirst();
        assertThat(completed.objectiveResults()).containsExactly(new ObjectiveResult("cloud-architecture", 3));
        assertThat(completed.revision()).isEqualTo(1);

        long version = version(id);
        assess(id, MONA, achieved).andExpect(status().isConflict());
        checkIn(id, ERIN, "{\"progress\":5}").andExpect(status().isConflict());
        mvc.perform(post("/api/contracts/" + id + "/cancel").with(ERIN).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Too late\"}")).andExpect(status().isConflict());
        assertThat(version(id)).as("a closed contract changes no more").isEqualTo(version);
    }

    @Test
    void l_and_d_assesses_not_achieved_and_the_contract_fails() throws Exception {
        String id = activate(create(ERIN, body("AWS Solutions Architect", "400.00")));
        assess(id, LARS_LD_ADMIN, "{\"outcome\":\"NOT_ACHIEVED\",\"notes\":\"Exam failed twice\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("FAILED"));
        await().atMost(DEADLINE).until(() -> events(id, ContractFailed.class).size() == 1);
    }

    @Test
    void the_audit_trail_shows_every_change_to_the_parties_and_l_and_d_of_the_unit() throws Exception {
        String id = activate(create(ERIN, body("AWS Solutions Architect", "400.00")));
        checkIn(id, ERIN, "{\"progress\":2,\"notes\":\"Slow start\"}").andExpect(status().isOk());

        for (RequestPostProcessor reader : List.of(ERIN, MONA, LARS_LD_ADMIN)) {
            mvc.perform(get("/api/contracts/" + id + "/audit").with(reader)).andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].action").value(contains("DRAFTED", "PROPOSED", "SIGNED", "SIGNED",
                            "FUNDING_RESERVED", "CHECK_IN_RECORDED")))
                    .andExpect(jsonPath("$[*].actor").value(contains("erin", "erin", "erin", "mona", "budget-service", "erin")))
                    .andExpect(jsonPath("$[5].revision").value(1))
                    .andExpect(jsonPath("$[5].at").exists());
        }
        mvc.perform(get("/api/contracts/" + id + "/audit").with(FRANK_FINANCE_ENG)).andExpect(status().isForbidden());
        mvc.perform(get("/api/contracts/" + id + "/audit").with(SAM)).andExpect(status().isNotFound());
    }

    @Test
    void the_openapi_document_lists_every_endpoint_behind_a_bearer_token() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Pactum contract-service"))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/contracts'].post").exists())
                .andExpect(jsonPath("$.paths['/api/contracts'].get.parameters[*].name").value(org.hamcrest.Matchers
                        .hasItems("scope", "fiscalYear", "dueWithinDays", "atRisk", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/contracts/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/contracts/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/contracts/{id}/revisions'].get").exists())
                .andExpect(jsonPath("$.paths['/api/contracts/{id}/propose'].post").exists())
                .andExpect(jsonPath("$.paths['/api/contracts/{id}/sign'].post").exists())
                .andExpect(jsonPath("$.paths['/api/contracts/{id}/cancel'].post").exists())
                .andExpect(jsonPath("$.paths['/api/contracts/{id}/milestones/{milestoneId}/complete'].post").exists())
                .andExpect(jsonPath("$.paths['/api/contracts/{id}/check-ins'].post").exists())
                .andExpect(jsonPath("$.paths['/api/contracts/{id}/assessment'].post").exists())
                .andExpect(jsonPath("$.paths['/api/contracts/{id}/audit'].get").exists())
                .andExpect(jsonPath("$.paths['/api/contract-templates'].get").exists())
                .andExpect(jsonPath("$.paths['/api/contract-templates'].post").exists())
                .andExpect(jsonPath("$.paths['/api/contract-templates/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/contract-templates/{id}/drafts'].post").exists());
    }

    private ResultActions complete(String id, String milestoneId, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/contracts/" + id + "/milestones/" + milestoneId + "/complete").with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions checkIn(String id, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/contracts/" + id + "/check-ins").with(who).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions assess(String id, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/contracts/" + id + "/assessment").with(who).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }
}
