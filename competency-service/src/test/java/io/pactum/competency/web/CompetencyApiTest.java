package io.pactum.competency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.events.Topics;
import io.pactum.events.competency.CompetencyLevelChanged;
import io.pactum.events.competency.RequiredLevel;
import io.pactum.events.competency.RoleProfileChanged;
import io.pactum.events.contract.ContractCompleted;
import io.pactum.events.contract.ObjectiveResult;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Frameworks, role profiles, ratings, contract assessments and gaps over HTTP and Kafka, on one seeded
 * organisation: ENG (carl manages cara and kim) and PLAT (paul manages pia and pete).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompetencyApiTest extends ServiceTest {

    private static final RequestPostProcessor LARS = TestTokens.as("lars", Role.LD_ADMIN, "ENG", "PLAT");
    private static final RequestPostProcessor CARA = TestTokens.as("cara", Role.EMPLOYEE, "ENG");
    private static final RequestPostProcessor CARL = TestTokens.as("carl", Role.MANAGER, "ENG");
    private static final String PEOPLE = """
            id,name,email,locale,timeZone,businessUnit,jobRole,managerId
            carl,Carl Holm,carl@pactum.example,sv-SE,Europe/Stockholm,ENG,Engineering Manager,
            cara,Cara Nilsson,cara@pactum.example,en-GB,Europe/Stockholm,ENG,Software Engineer,carl
            kim,Kim Berg,kim@pactum.example,sv-SE,Europe/Stockholm,ENG,Software Engineer,carl
            paul,Paul Okafor,paul@pactum.example,en-GB,Europe/London,PLAT,Platform Lead,
            pia,Pia Lund,pia@pactum.example,sv-SE,Europe/Stockholm,PLAT,Software Engineer,paul
            pete,Pete Doyle,pete@pactum.example,en-GB,Europe/London,PLAT,Software Engineer,paul
            """;
    static final String FRAMEWORK = """
            type,id,parentId,name,description,identifier
            FRAMEWORK,pactum-core,,Pactum core competencies,"Cloud, data, leadership and sales",
            LEVEL,1,,Foundation,Explains the basic concepts | Works with guidance,
            LEVEL,2,,Practitioner,Delivers routine work alone,
            LEVEL,3,,Proficient,Handles complex work | Coaches others,
            LEVEL,4,,Advanced,Sets the practice for a team,
            LEVEL,5,,Expert,Recognised authority across the company,
            AREA,cloud,,Cloud,,
            COMPETENCY,cloud-architecture,cloud,Cloud architecture,Designs resilient cost-aware systems,
            SKILL,aws-networking,cloud-architecture,AWS networking,,
            AREA,data,,Data,,
            COMPETENCY,data-engineering,data,Data engineering,,
            AREA,leadership,,Leadership,,
            COMPETENCY,collaboration,leadership,Collaboration,,
            COMPETENCY,stakeholder-management,leadership,Stakeholder management,,
            AREA,sales,,Sales,,
            COMPETENCY,negotiation,sales,Negotiation,,
            """;
    private static final String ENGINEER = """
            {"description": "Builds and runs Pactum's services",
             "requirements": [{"competencyId": "cloud-architecture", "level": 3, "weight": 3},
                              {"competencyId": "data-engineering", "level": 2, "weight": 2},
                              {"competencyId": "collaboration", "level": 2, "weight": 1}],
             "futureRoles": ["Solutions Architect"]}""";
    private static final String ARCHITECT = """
            {"requirements": [{"competencyId": "cloud-architecture", "level": 4, "weight": 5},
                              {"competencyId": "stakeholder-management", "level": 3, "weight": 3}]}""";

    @Autowired
    MockMvc mvc;
    @Autowired
    MovableClock clock;

    @BeforeAll
    void seed() throws Exception {
        mvc.perform(post("/api/employees/import").with(LARS).contentType("text/csv").content(PEOPLE)).andExpect(status().isOk());
        mvc.perform(post("/api/frameworks/import").with(LARS).contentType("text/csv").content(FRAMEWORK))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/frameworks/pactum-core?version=1"));
        mvc.perform(put("/api/role-profiles/{jobRole}", "Software Engineer").with(LARS)
                .contentType(MediaType.APPLICATION_JSON).content(ENGINEER)).andExpect(status().isOk());
        mvc.perform(put("/api/role-profiles/{jobRole}", "Solutions Architect").with(LARS)
                .contentType(MediaType.APPLICATION_JSON).content(ARCHITECT)).andExpect(status().isOk());
    }

    @Test
    void a_framework_gets_a_new_version_only_when_it_changes_and_round_trips_through_both_formats() throws Exception {
        mvc.perform(get("/api/frameworks").with(CARA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == 'pactum-core')].competencies").value(5))
                .andExpect(jsonPath("$.items[?(@.id == 'pactum-core')].skills").value(1))
                .andExpect(jsonPath("$.items[?(@.id == 'pactum-core')].levels").value(5));
        mvc.perform(post("/api/frameworks/import").with(LARS).contentType("text/csv").content(FRAMEWORK))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));

        String csv = mvc.perform(get("/api/frameworks/pactum-core/export?format=csv").with(CARA))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/frameworks/import").with(LARS).contentType("text/csv").content(csv))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        String caseJson = mvc.perform(get("/api/frameworks/pactum-core/export").with(CARA))
                .andExpect(status().isOk()).andExpect(jsonPath("$.CFItems.length()").value(10))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/frameworks/import").with(LARS).contentType(MediaType.APPLICATION_JSON).content(caseJson))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));

        String tiny = """
                {"id": "tiny", "title": "Tiny", "scale": [{"level": 1, "name": "Some"}, {"level": 2, "name": "Much"}],
                 "nodes": [{"id": "tiny-area", "type": "AREA", "name": "Area"},
                           {"id": "tiny-competency", "type": "COMPETENCY", "parentId": "tiny-area", "name": "Competency"}]}""";
        mvc.perform(post("/api/frameworks").with(LARS).contentType(MediaType.APPLICATION_JSON).content(tiny))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.nodes[1].identifier").isNotEmpty());
        mvc.perform(post("/api/frameworks").with(LARS).contentType(MediaType.APPLICATION_JSON)
                        .content(tiny.replace("\"Tiny\"", "\"Tiny, renamed\"")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2))
                .andExpect(header().string("Location", "/api/frameworks/tiny?version=2"));
        mvc.perform(get("/api/frameworks/tiny?version=1").with(CARA)).andExpect(jsonPath("$.title").value("Tiny"));
        mvc.perform(get("/api/frameworks/tiny").with(CARA)).andExpect(jsonPath("$.title").value("Tiny, renamed"));
        mvc.perform(get("/api/frameworks/tiny?version=3").with(CARA)).andExpect(status().isNotFound());
        mvc.perform(post("/api/frameworks").with(CARA).contentType(MediaType.APPLICATION_JSON).content(tiny))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/frameworks").with(LARS).contentType(MediaType.APPLICATION_JSON)
                        .content(tiny.replace("\"tiny\"", "\"tiny-2\"").replace("tiny-area", "cloud")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("nodes[0].id")))
                .andExpect(jsonPath("$.errors[0].message").value("cloud belongs to framework pactum-core"));
    }

    @Test
    void a_bad_import_is_refused_whole_naming_lines_or_case_elements_and_changes_nothing() throws Exception {
        String bad = FRAMEWORK.replace("LEVEL,5,,Expert", "LEVEL,7,,Expert")
                .replace("COMPETENCY,negotiation,sales", "COMPETENCY,negotiation,salez")
                .replace("Data engineering", "Data engineering, with pipelines"); // an unquoted comma: one column too many
        mvc.perform(post("/api/frameworks/import").with(LARS).contentType("text/csv").content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[*].field", contains("line 12", "line 7: level", "line 17: parentId")));
        mvc.perform(get("/api/frameworks/pactum-core").with(CARA))
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.nodes[?(@.id == 'data-engineering')].name").value("Data engineering"));

        mvc.perform(post("/api/frameworks/import").with(LARS).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"CFDocument\": {\"title\": \"T\"},\n \"CFItems\": [}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", startsWith("body (line 2")));
        mvc.perform(post("/api/frameworks/import").with(LARS).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"CFDocument\": {\"title\": \"T\"}, \"CFItems\": [{\"fullStatement\": \"X\", \"CFItemType\": \"Galaxy\"}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("CFItems[0].identifier", "CFItems[0].CFItemType", "CFRubrics")));
        mvc.perform(get("/api/frameworks/t").with(CARA)).andExpect(status().isNotFound());
    }

    @Test
    void role_profiles_are_written_by_ld_admins_and_publish_role_profile_changed_once_per_change() throws Exception {
        String profile = """
                {"requirements": [{"competencyId": "data-engineering", "level": 4, "weight": 5}], "futureRoles": ["Data Architect"]}""";
        mvc.perform(put("/api/role-profiles/{jobRole}", "Data Engineer").with(LARS).contentType(MediaType.APPLICATION_JSON)
                .content(profile)).andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(1));
        mvc.perform(put("/api/role-profiles/{jobRole}", "Data Engineer").with(LARS).contentType(MediaType.APPLICATION_JSON)
                .content(profile)).andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(1));
        mvc.perform(put("/api/role-profiles/{jobRole}", "Data Engineer").with(LARS).contentType(MediaType.APPLICATION_JSON)
                .content(profile.replace("\"level\": 4", "\"level\": 3"))).andExpect(jsonPath("$.revision").value(2));
        await().atMost(Duration.ofSeconds(60)).until(() -> roleChanges("Data Engineer").size() == 2);
        assertThat(roleChanges("Data Engineer")).containsExactly(
                new RoleProfileChanged("lars", "Data Engineer", 1, List.of(new RequiredLevel("data-engineering", 4, 5))),
                new RoleProfileChanged("lars", "Data Engineer", 2, List.of(new RequiredLevel("data-engineering", 3, 5))));

        mvc.perform(get("/api/role-profiles/{jobRole}", "Data Engineer").with(CARA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.requirements[0].level").value(3))
                .andExpect(jsonPath("$.futureRoles[0]").value("Data Architect"));
        mvc.perform(get("/api/role-profiles").with(CARA))
                .andExpect(jsonPath("$.items[*].jobRole", hasItems("Data Engineer", "Software Engineer")));
        mvc.perform(put("/api/role-profiles/{jobRole}", "Data Engineer").with(CARA).contentType(MediaType.APPLICATION_JSON)
                .content(profile)).andExpect(status().isForbidden());
        mvc.perform(put("/api/role-profiles/{jobRole}", "Data Engineer").with(LARS).contentType(MediaType.APPLICATION_JSON)
                        .content(profile.replace("\"level\": 4", "\"level\": 6").replace("\"data-engineering\"", "\"data\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("requirements[0].competencyId")));
        mvc.perform(put("/api/role-profiles/{jobRole}", "Data Engineer").with(LARS).contentType(MediaType.APPLICATION_JSON)
                        .content(profile.replace("\"level\": 4", "\"level\": 6")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", contains("requirements[0].level")));
        mvc.perform(get("/api/role-profiles/{jobRole}", "Data Engineer").with(CARA)).andExpect(jsonPath("$.revision").value(2));
        mvc.perform(get("/api/role-profiles/{jobRole}", "Astronaut").with(CARA)).andExpect(status().isNotFound());

        String described = profile.replace("{\"requirements\"", "{\"description\": \"Builds pipelines\", \"requirements\"");
        mvc.perform(put("/api/role-profiles/{jobRole}", "Data Engineer").with(LARS).contentType(MediaType.APPLICATION_JSON)
                .content(described)).andExpect(jsonPath("$.revision").value(3));
        mvc.perform(put("/api/role-profiles/{jobRole}", "Data Engineer").with(LARS).contentType(MediaType.APPLICATION_JSON)
                .content(profile)).andExpect(jsonPath("$.revision").value(4));
        mvc.perform(get("/api/role-profiles/{jobRole}", "Data Engineer").with(CARA))
                .andExpect(jsonPath("$.revision").value(4)).andExpect(jsonPath("$.description", nullValue()));
    }

    @Test
    void an_employee_whose_manager_is_removed_has_none_afterwards() throws Exception {
        String pete = """
                {"id": "pete", "name": "Pete Doyle", "email": "pete@pactum.example", "locale": "en-GB",
                 "timeZone": "Europe/London", "businessUnit": "PLAT", "jobRole": "Software Engineer"}""";
        mvc.perform(put("/api/employees/pete").with(LARS).contentType(MediaType.APPLICATION_JSON).content(pete))
                .andExpect(status().isOk());
        mvc.perform(get("/api/employees/pete").with(LARS)).andExpect(jsonPath("$.managerId", nullValue()));
        mvc.perform(get("/api/employees/pete").with(TestTokens.as("paul", Role.MANAGER, "PLAT"))).andExpect(status().isNotFound());
    }

    @Test
    void who_may_rate_whom_and_old_ratings_are_flagged_stale() throws Exception {
        rate("cara", "cloud-architecture", CARA, 2, "SELF").andExpect(status().isCreated())
                .andExpect(jsonPath("$.ratedBy").value("cara"));
        rate("cara", "cloud-architecture", CARA, 3, "SELF").andExpect(status().isCreated());
        rate("cara", "cloud-architecture", CARA, 4, "MANAGER").andExpect(status().isForbidden());
        rate("cara", "cloud-architecture", TestTokens.as("kim", Role.EMPLOYEE, "ENG"), 1, "SELF").andExpect(status().isNotFound());
        rate("cara", "data-engineering", CARL, 2, "MANAGER").andExpect(status().isCreated());
        rate("cara", "data-engineering", CARL, 2, "CERTIFICATION").andExpect(status().isForbidden());
        rate("cara", "negotiation", LARS, 1, "CERTIFICATION").andExpect(status().isCreated());
        rate("cara", "negotiation", LARS, 1, "CONTRACT_ASSESSMENT").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));
        rate("cara", "negotiation", LARS, 6, "CERTIFICATION").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("level"));
        rate("cara", "cloud", CARA, 1, "SELF").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("competencyId"));
        rate("cara", "cloud-architecture", CARA, 1, "GUESS").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("source"));

        mvc.perform(get("/api/employees/cara/competencies").with(CARL)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].competencyId", contains("cloud-architecture", "data-engineering", "negotiation")))
                .andExpect(jsonPath("$.items[0].level").value(3))
                .andExpect(jsonPath("$.items[1].source").value("MANAGER"))
                .andExpect(jsonPath("$.items[*].stale", everyItem(org.hamcrest.Matchers.is(false))));
        mvc.perform(get("/api/employees/cara/competencies/cloud-architecture/ratings").with(CARA))
                .andExpect(jsonPath("$.items[*].level", contains(2, 3)));
        mvc.perform(get("/api/employees/cara/competencies").with(TestTokens.as("kim", Role.EMPLOYEE, "ENG")))
                .andExpect(status().isNotFound());
        await().atMost(Duration.ofSeconds(60)).until(() -> levelChanges("cara", "data-engineering").size() == 1);
        assertThat(levelChanges("cara", "data-engineering")).containsExactly(
                new CompetencyLevelChanged("cara", "data-engineering", 0, 2, "MANAGER", "carl"));
        assertThat(levelChanges("cara", "cloud-architecture")).extracting(CompetencyLevelChanged::toLevel).containsExactly(2, 3);

        clock.moveBy(Duration.ofDays(400));
        try {
            mvc.perform(get("/api/employees/cara/competencies").with(CARA))
                    .andExpect(jsonPath("$.items[*].stale", everyItem(org.hamcrest.Matchers.is(true))));
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_completed_contract_raises_levels_once_even_when_the_event_is_delivered_twice() throws Exception {
        Instant completedAt = Instant.parse("2026-05-04T12:00:00Z");
        String eventId = UUID.randomUUID().toString();
        ContractCompleted completed = new ContractCompleted("c-kim-1", "kim", 2, List.of(
                new ObjectiveResult("cloud-architecture", 3), new ObjectiveResult("cooking", 2),
                new ObjectiveResult("data-engineering", 9)), "ENG", 2026, completedAt);
        TestTopics.publish(eventId, completed);
        TestTopics.publish(eventId, completed);
        // a later event for the same employee (same key, same partition): once it is applied, both deliveries were handled
        TestTopics.publish(new ContractCompleted("c-kim-2", "kim", 1, List.of(new ObjectiveResult("collaboration", 2)),
                "ENG", 2026, completedAt.plusSeconds(60)));

        await().atMost(Duration.ofSeconds(60)).until(() -> levelChanges("kim", "collaboration").size() == 1);
        assertThat(levelChanges("kim", "cloud-architecture")).containsExactly(
                new CompetencyLevelChanged("kim", "cloud-architecture", 0, 3, "CONTRACT_ASSESSMENT", null));
        assertThat(levelChanges("kim", "data-engineering")).as("a level off the scale is not recorded").isEmpty();
        mvc.perform(get("/api/employees/kim/competencies/cloud-architecture/ratings").with(CARL))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].source").value("CONTRACT_ASSESSMENT"))
                .andExpect(jsonPath("$.items[0].ratedBy", nullValue()))
                .andExpect(jsonPath("$.items[0].ratedAt").value("2026-05-04T12:00:00Z"))
                .andExpect(jsonPath("$.items[0].reference").value("contract c-kim-1"));
        mvc.perform(get("/api/employees/kim/competencies").with(CARL))
                .andExpect(jsonPath("$.items[*].competencyId", contains("cloud-architecture", "collaboration")));
    }

    @Test
    void gaps_against_the_current_and_a_target_role_and_the_unit_heatmap() throws Exception {
        RequestPostProcessor pia = TestTokens.as("pia", Role.EMPLOYEE, "PLAT");
        rate("pia", "cloud-architecture", LARS, 3, "CERTIFICATION").andExpect(status().isCreated());
        rate("pia", "data-engineering", TestTokens.as("paul", Role.MANAGER, "PLAT"), 1, "MANAGER").andExpect(status().isCreated());

        mvc.perform(get("/api/employees/pia/gaps").with(pia)).andExpect(status().isOk())
                .andExpect(jsonPath("$.jobRole").value("Software Engineer"))
                .andExpect(jsonPath("$.totalWeightedGap").value(4))
                .andExpect(jsonPath("$.items[*].competencyId", contains("collaboration", "data-engineering", "cloud-architecture")))
                .andExpect(jsonPath("$.items[1].required").value(2))
                .andExpect(jsonPath("$.items[1].current").value(1))
                .andExpect(jsonPath("$.items[1].gap").value(1))
                .andExpect(jsonPath("$.items[1].priority").value(2))
                .andExpect(jsonPath("$.items[1].suggestion.targetLevel").value(2))
                .andExpect(jsonPath("$.items[1].suggestion.description").value("Reach Practitioner (2) in Data engineering"))
                .andExpect(jsonPath("$.items[2].suggestion", nullValue()));
        mvc.perform(get("/api/employees/pia/gaps").param("targetRole", "Solutions Architect").with(pia))
                .andExpect(jsonPath("$.items[*].competencyId", contains("stakeholder-management", "cloud-architecture")))
                .andExpect(jsonPath("$.items[0].weightedGap").value(9))
                .andExpect(jsonPath("$.items[1].gap").value(1));
        mvc.perform(get("/api/employees/pia/gaps").with(TestTokens.as("pete", Role.EMPLOYEE, "PLAT")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/employees/pia/gaps").param("targetRole", "Astronaut").with(pia)).andExpect(status().isNotFound());

        mvc.perform(get("/api/business-units/PLAT/gap-heatmap").with(TestTokens.as("lena", Role.ANALYST, "PLAT")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.people").value(3))
                .andExpect(jsonPath("$.rolesWithoutProfile", contains("Platform Lead")))
                .andExpect(jsonPath("$.cells[*].competencyId", contains("cloud-architecture", "data-engineering", "collaboration")))
                .andExpect(jsonPath("$.cells[0].people").value(2))
                .andExpect(jsonPath("$.cells[0].below").value(1))
                .andExpect(jsonPath("$.cells[0].weightedGap").value(9))
                .andExpect(jsonPath("$.cells[0].belowBy['3']").value(1))
                .andExpect(jsonPath("$.cells[1].belowBy['1']").value(1))
                .andExpect(jsonPath("$.cells[1].belowBy['2']").value(1))
                .andExpect(jsonPath("$.cells[2].totalGap").value(4));
        mvc.perform(get("/api/business-units/PLAT/gap-heatmap").with(pia)).andExpect(status().isForbidden());
        mvc.perform(get("/api/business-units/PLAT/gap-heatmap").with(TestTokens.as("lena", Role.LD_ADMIN, "SALES")))
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions rate(String employee, String competency, RequestPostProcessor as,
                                                                     int level, String source) throws Exception {
        return mvc.perform(post("/api/employees/{id}/competencies/{competencyId}/ratings", employee, competency).with(as)
                .contentType(MediaType.APPLICATION_JSON).content("{\"level\": " + level + ", \"source\": \"" + source + "\"}"));
    }

    private static List<CompetencyLevelChanged> levelChanges(String employee, String competency) {
        return TestTopics.events(Topics.COMPETENCIES, CompetencyLevelChanged.class).stream()
                .filter(e -> e.employeeId().equals(employee) && e.competencyId().equals(competency)).toList();
    }

    @Test
    void the_openapi_document_lists_every_endpoint_behind_a_bearer_token() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").with(CARA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Pactum competency-service"))
                .andExpect(jsonPath("$.paths['/api/employees'].get").exists())
                .andExpect(jsonPath("$.paths['/api/employees'].post").exists())
                .andExpect(jsonPath("$.paths['/api/employees/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/employees/import'].post.requestBody.content['text/csv']").exists())
                .andExpect(jsonPath("$.paths['/api/employees/import'].post.requestBody.content['multipart/form-data']").exists())
                .andExpect(jsonPath("$.paths['/api/frameworks'].post").exists())
                .andExpect(jsonPath("$.paths['/api/frameworks/import'].post.requestBody.content['text/csv']").exists())
                .andExpect(jsonPath("$.paths['/api/frameworks/import'].post.requestBody.content['application/json']").exists())
                .andExpect(jsonPath("$.paths['/api/frameworks/{id}/export'].get").exists())
                .andExpect(jsonPath("$.paths['/api/role-profiles/{jobRole}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/role-profiles/{jobRole}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/employees/{id}/competencies'].get").exists())
                .andExpect(jsonPath("$.paths['/api/employees/{id}/competencies/{competencyId}/ratings'].post").exists())
                .andExpect(jsonPath("$.paths['/api/employees/{id}/gaps'].get").exists())
                .andExpect(jsonPath("$.paths['/api/business-units/{businessUnit}/gap-heatmap'].get").exists())
                // the two lists are different schemas, not one of them standing for both
                .andExpect(jsonPath("$.paths['/api/frameworks'].get.responses['200'].content['*/*'].schema['$ref']")
                        .value("#/components/schemas/FrameworkList"))
                .andExpect(jsonPath("$.paths['/api/role-profiles'].get.responses['200'].content['*/*'].schema['$ref']")
                        .value("#/components/schemas/RoleProfileList"))
                .andExpect(jsonPath("$.components.schemas.SuggestionView.properties.templates.items['$ref']")
                        .value("#/components/schemas/TemplateView"))
                .andExpect(jsonPath("$.components.schemas.TemplateView.properties.totalPlannedCost['$ref']")
                        .value("#/components/schemas/ApiMoney"));
    }

    private static List<RoleProfileChanged> roleChanges(String jobRole) {
        return TestTopics.events(Topics.COMPETENCIES, RoleProfileChanged.class).stream()
                .filter(e -> e.jobRole().equals(jobRole)).toList();
    }
}
