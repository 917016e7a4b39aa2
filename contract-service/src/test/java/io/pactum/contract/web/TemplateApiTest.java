package io.pactum.contract.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.testing.TestTopics;
import io.pactum.contract.ContractServiceTest;
import io.pactum.events.Topics;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.contract.ContractTemplatePublished;
import io.pactum.events.contract.PlannedActivity;
import io.pactum.events.contract.PlannedMilestone;
import io.pactum.events.contract.PlannedObjective;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** L&D publishes a template; anyone signed in reads it; the employee starts a draft from it with real dates. */
class TemplateApiTest extends ContractServiceTest {

    private static final String TEMPLATE = """
            {"businessUnit":"ENG","title":"AWS certification path","description":"Course, then the exam",
             "purpose":"Cloud migration","objectives":[{"description":"Design AWS architectures",
             "competencyId":"cloud-architecture","targetLevel":3}],
             "activities":[{"type":"ONLINE_COURSE","title":"SAA course","provider":"Acme",
               "plannedCost":{"amount":"400.00","currency":"EUR"},"startDay":0,"durationDays":59},
              {"type":"CERTIFICATION","title":"SAA exam","provider":"AWS",
               "plannedCost":{"amount":"150.00","currency":"EUR"},"startDay":75,"durationDays":0}],
             "milestones":[{"title":"Course finished","dueDay":59}],
             "assessment":{"method":"CERTIFICATION_EXAM","criteria":"Pass SAA-C03"},"checkInEveryDays":14}
            """;

    @Test
    void l_and_d_publishes_anyone_reads_and_the_employee_starts_a_draft_with_real_dates() throws Exception {
        publish(ERIN, TEMPLATE).andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        publish(FIONA_FINANCE_SALES, TEMPLATE).andExpect(status().isForbidden());
        publish(LARS_LD_ADMIN, TEMPLATE.replace("\"ENG\"", "\"HR\"")).andExpect(status().isForbidden());
        publish(LARS_LD_ADMIN, TEMPLATE.replace("\"dueDay\":59", "\"dueDay\":90")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("milestones[0].dueDay"));
        publish(LARS_LD_ADMIN, TEMPLATE.replace("\"durationDays\":59", "\"durationDays\":-1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("activities[0].durationDays"));

        String response = publish(LARS_LD_ADMIN, TEMPLATE).andExpect(status().isCreated())
                .andExpect(jsonPath("$.publishedBy").value("lars"))
                .andExpect(jsonPath("$.activities[1].plannedCost.amount").value("150.00"))
                .andReturn().getResponse().getContentAsString();
        String templateId = JSON.readTree(response).path("id").asString();

        mvc.perform(get("/api/contract-templates").with(SAM)).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(templateId)));
        mvc.perform(get("/api/contract-templates?businessUnit=SALES").with(SAM))
                .andExpect(jsonPath("$[*].id", org.hamcrest.Matchers.not(hasItem(templateId))));
        mvc.perform(get("/api/contract-templates/" + templateId).with(ERIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("AWS certification path"));
        mvc.perform(get("/api/contract-templates/nope").with(ERIN)).andExpect(status().isNotFound());
        mvc.perform(get("/api/contract-templates")).andExpect(status().isUnauthorized());

        draftFrom(templateId, SAM, "{\"employeeId\":\"erin\",\"fiscalYear\":2027,\"start\":\"2027-01-04\"}")
                .andExpect(status().isForbidden());
        draftFrom(templateId, ERIN, "{\"employeeId\":\"erin\",\"fiscalYear\":2027}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("start"));
        String location = draftFrom(templateId, ERIN, "{\"employeeId\":\"erin\",\"fiscalYear\":2027,\"start\":\"2027-01-04\"}")
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.managerId").value("mona"))
                .andExpect(jsonPath("$.title").value("AWS certification path"))
                .andExpect(jsonPath("$.activities[0].start").value("2027-01-04"))
                .andExpect(jsonPath("$.activities[0].end").value("2027-03-04"))
                .andExpect(jsonPath("$.activities[1].start").value("2027-03-20"))
                .andExpect(jsonPath("$.milestones[0].dueDate").value("2027-03-04"))
                .andExpect(jsonPath("$.totalPlannedCost.amount").value("550.00"))
                .andReturn().getResponse().getHeader("Location");
        Assertions.assertThat(location).startsWith("/api/contracts/");
        mvc.perform(get(location).with(MONA)).andExpect(status().isOk());

        // the template is announced once on pactum.contracts, from the same insert
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Assertions.assertThat(
                TestTopics.events(Topics.CONTRACTS, ContractTemplatePublished.class))
                .filteredOn(t -> t.templateId().equals(templateId)).singleElement().satisfies(t -> {
                    Assertions.assertThat(t.employeeId()).isEqualTo("lars");
                    Assertions.assertThat(t.businessUnit()).isEqualTo("ENG");
                    Assertions.assertThat(t.objectives()).containsExactly(new PlannedObjective("cloud-architecture", 3));
                    Assertions.assertThat(t.activities()).extracting(PlannedActivity::provider).containsExactly("Acme", "AWS");
                }));
        // a draft started from it remembers it, and takes its fiscal year from its start when none is given
        String id = location.substring(location.lastIndexOf('/') + 1);
        draftFrom(templateId, ERIN, "{\"employeeId\":\"erin\",\"start\":\"2027-01-04\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.fiscalYear").value(2027));
        mvc.perform(post(location + "/propose").with(ERIN)).andExpect(status().isOk());
        mvc.perform(post(location + "/sign").with(ERIN).contentType(MediaType.APPLICATION_JSON).content("{\"revision\":1}"));
        mvc.perform(post(location + "/sign").with(MONA).contentType(MediaType.APPLICATION_JSON).content("{\"revision\":1}"))
                .andExpect(status().isOk());
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> Assertions.assertThat(
                TestTopics.events(Topics.CONTRACTS, ContractSigned.class))
                .filteredOn(signed -> signed.contractId().equals(id)).singleElement().satisfies(signed -> {
                    Assertions.assertThat(signed.templateId()).isEqualTo(templateId);
                    Assertions.assertThat(signed.title()).isEqualTo("AWS certification path");
                    Assertions.assertThat(signed.milestones()).extracting(PlannedMilestone::dueDate)
                            .containsExactly(java.time.LocalDate.of(2027, 3, 4));
                    Assertions.assertThat(signed.checkInEveryDays()).isEqualTo(14);
                }));
    }

    private ResultActions publish(RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/contract-templates").with(who).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions draftFrom(String templateId, RequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/contract-templates/" + templateId + "/drafts").with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
