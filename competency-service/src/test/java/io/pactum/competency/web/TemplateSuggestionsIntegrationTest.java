package io.pactum.competency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.Money;
import io.pactum.events.contract.ContractTemplatePublished;
import io.pactum.events.contract.PlannedActivity;
import io.pactum.events.contract.PlannedObjective;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Contract templates published in contract-service reach gap analysis through the real in-process broker:
 * olga (OPS, Site Reliability Engineer, manager otto) gets the templates that close her gaps named, and a
 * redelivered ContractTemplatePublished changes nothing. Its own framework, units and roles, so it shares the
 * store with the other test classes without touching their data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplateSuggestionsIntegrationTest extends ServiceTest {

    private static final RequestPostProcessor LARS = TestTokens.as("lars", Role.LD_ADMIN, "OPS", "DATA");
    private static final RequestPostProcessor OLGA = TestTokens.as("olga", Role.EMPLOYEE, "OPS");
    private static final RequestPostProcessor OTTO = TestTokens.as("otto", Role.MANAGER, "OPS");
    private static final String PEOPLE = """
            id,name,email,locale,timeZone,businessUnit,jobRole,managerId
            otto,Otto Lind,otto@pactum.example,sv-SE,Europe/Stockholm,OPS,Operations Manager,
            olga,Olga Berg,olga@pactum.example,sv-SE,Europe/Stockholm,OPS,Site Reliability Engineer,otto
            """;
    private static final String FRAMEWORK = """
            type,id,parentId,name,description,identifier
            FRAMEWORK,pactum-ops,,Pactum operations,,
            LEVEL,1,,Foundation,,
            LEVEL,2,,Practitioner,,
            LEVEL,3,,Proficient,,
            LEVEL,4,,Advanced,,
            AREA,operations,,Operations,,
            COMPETENCY,kubernetes-operations,operations,Kubernetes operations,,
            COMPETENCY,incident-response,operations,Incident response,,
            COMPETENCY,observability,operations,Observability,,
            """;
    private static final String SRE = """
            {"requirements": [{"competencyId": "kubernetes-operations", "level": 3, "weight": 3},
                              {"competencyId": "incident-response", "level": 3, "weight": 2},
                              {"competencyId": "observability", "level": 2, "weight": 1}]}""";
    private static final String SRE_LEAD = """
            {"requirements": [{"competencyId": "kubernetes-operations", "level": 4, "weight": 5}]}""";
    private static final Instant FEB = Instant.parse("2026-02-01T09:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    void seed() throws Exception {
        mvc.perform(post("/api/employees/import").with(LARS).contentType("text/csv").content(PEOPLE)).andExpect(status().isOk());
        mvc.perform(post("/api/frameworks/import").with(LARS).contentType("text/csv").content(FRAMEWORK))
                .andExpect(status().isCreated());
        mvc.perform(put("/api/role-profiles/{jobRole}", "Site Reliability Engineer").with(LARS)
                .contentType(MediaType.APPLICATION_JSON).content(SRE)).andExpect(status().isOk());
        mvc.perform(put("/api/role-profiles/{jobRole}", "SRE Lead").with(LARS)
                .contentType(MediaType.APPLICATION_JSON).content(SRE_LEAD)).andExpect(status().isOk());
        for (String[] rating : new String[][] {{"kubernetes-operations", "1"}, {"incident-response", "3"}}) {
            mvc.perform(post("/api/employees/olga/competencies/{competencyId}/ratings", rating[0]).with(OTTO)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"level\": " + rating[1] + ", \"source\": \"MANAGER\"}"))
                    .andExpect(status().isCreated());
        }
    }

    private static ContractTemplatePublished template(String id, String unit, int daysAfterFeb, String competency, int level,
                                                      long... costsInCents) {
        List<PlannedActivity> activities = java.util.Arrays.stream(costsInCents).mapToObj(cents -> new PlannedActivity(
                "ONLINE_COURSE", "Course of " + id, "Acme Learning", new Money(cents, "EUR"), null, null)).toList();
        return new ContractTemplatePublished(id, "lars", unit, "Path " + id, List.of(new PlannedObjective(competency, level)),
                activities, FEB.plus(Duration.ofDays(daysAfterFeb)));
    }

    @Test
    void gaps_name_the_published_templates_that_close_them_and_a_redelivered_template_changes_nothing() throws Exception {
        String adminEventId = UUID.randomUUID().toString();
        TestTopics.publish(adminEventId, template("t-k8s-admin", "OPS", 0, "kubernetes-operations", 3, 120000, 30000));
        TestTopics.publish(template("t-k8s-expert", "OPS", 30, "kubernetes-operations", 4, 250000));
        TestTopics.publish(template("t-k8s-basics", "OPS", -20, "kubernetes-operations", 2, 20000));
        TestTopics.publish(template("t-k8s-intro", "OPS", 0, "kubernetes-operations", 1, 5000));
        TestTopics.publish(template("t-incident", "OPS", 0, "incident-response", 4, 90000));
        TestTopics.publish(template("t-k8s-data", "DATA", 40, "kubernetes-operations", 3, 100000));
        // the last of them (all keyed by the publisher, so in order): once it is here, every one before it is
        TestTopics.publish(template("t-observability", "DATA", 0, "observability", 2, 45000));
        await().atMost(Duration.ofSeconds(60)).until(() -> templatesOf(olgasGaps(), 1).size() == 1);

        String before = olgasGaps();
        mvc.perform(get("/api/employees/olga/gaps").with(OLGA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].competencyId", contains("kubernetes-operations", "observability", "incident-response")))
                .andExpect(jsonPath("$.items[0].gap").value(2))
                .andExpect(jsonPath("$.items[0].weightedGap").value(6))
                .andExpect(jsonPath("$.items[0].suggestion.targetLevel").value(3))
                .andExpect(jsonPath("$.items[0].suggestion.templates[*].templateId",
                        contains("t-k8s-admin", "t-k8s-expert", "t-k8s-basics")))
                .andExpect(jsonPath("$.items[0].suggestion.templates[*].closesGap", contains(true, true, false)))
                .andExpect(jsonPath("$.items[0].suggestion.templates[0].title").value("Path t-k8s-admin"))
                .andExpect(jsonPath("$.items[0].suggestion.templates[0].targetLevel").value(3))
                .andExpect(jsonPath("$.items[0].suggestion.templates[0].businessUnit").value("OPS"))
                .andExpect(jsonPath("$.items[0].suggestion.templates[0].totalPlannedCost.amount").value("1500.00"))
                .andExpect(jsonPath("$.items[0].suggestion.templates[0].totalPlannedCost.currency").value("EUR"))
                .andExpect(jsonPath("$.items[1].suggestion.templates[*].templateId", contains("t-observability")))
                .andExpect(jsonPath("$.items[1].suggestion.templates[0].businessUnit").value("DATA"))
                .andExpect(jsonPath("$.items[1].suggestion.templates[0].totalPlannedCost.amount").value("450.00"))
                .andExpect(jsonPath("$.items[2].suggestion", nullValue()));
        mvc.perform(get("/api/employees/olga/gaps").param("targetRole", "SRE Lead").with(OLGA))
                .andExpect(jsonPath("$.items[0].suggestion.templates[*].templateId",
                        contains("t-k8s-expert", "t-k8s-admin", "t-k8s-basics")))
                .andExpect(jsonPath("$.items[0].suggestion.templates[*].closesGap", contains(true, false, false)));

        TestTopics.publish(adminEventId, template("t-k8s-admin", "OPS", 0, "kubernetes-operations", 3, 120000, 30000));
        TestTopics.publish(template("t-marker", "OPS", 0, "incident-response", 2, 1000));
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.exists(byId("t-marker"), "contract_templates"));
        assertThat(mongo.count(byId("t-k8s-admin"), "contract_templates")).as("one template, not two").isEqualTo(1);
        assertThat(olgasGaps()).as("the redelivery changed nothing").isEqualTo(before);
    }

    private String olgasGaps() throws Exception {
        return mvc.perform(get("/api/employees/olga/gaps").with(OLGA)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static List<String> templatesOf(String gaps, int item) {
        return JsonPath.read(gaps, "$.items[" + item + "].suggestion.templates[*].templateId");
    }

    private static Query byId(String templateId) {
        return Query.query(Criteria.where("_id").is(templateId));
    }
}
