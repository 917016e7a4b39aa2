package io.pactum.competency.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.pactum.chassis.security.Role;
import io.pactum.chassis.testing.TestTokens;
import io.pactum.chassis.testing.TestTopics;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.events.Topics;
import io.pactum.events.workforce.EmployeeUpserted;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The directory against the real in-process broker and MongoDB-wire store. */
class DirectoryIntegrationTest extends ServiceTest {

    private static final RequestPostProcessor LARS = TestTokens.as("lars", Role.LD_ADMIN, "ENG", "SALES");
    private static final String HEADER = "id,name,email,locale,timeZone,businessUnit,jobRole,managerId\n";
    private static final String ORG = HEADER
            + "erin,Erin Eriksson,erin@pactum.example,en-GB,Europe/Stockholm,ENG,Software Engineer,mona\n"
            + "mona,Mona Lind,mona@pactum.example,sv-SE,Europe/Stockholm,ENG,Engineering Manager,\n"
            + "sam,Sam Patel,sam@pactum.example,en-GB,Europe/London,SALES,Account Executive,sven\n"
            + "sven,Sven Berg,sven@pactum.example,sv-SE,Europe/Stockholm,SALES,Sales Manager,\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    WorkforceDirectory projection;
    @Autowired
    MongoTemplate mongo;

    @Test
    void an_import_publishes_the_directory_and_a_second_import_of_the_same_file_publishes_nothing() throws Exception {
        mvc.perform(post("/api/employees/import").with(LARS).contentType("text/csv").content(ORG))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(4));
        await().atMost(Duration.ofSeconds(60)).until(() -> upserts("erin").size() == 1 && upserts("sven").size() == 1);
        EmployeeUpserted erin = upserts("erin").getFirst();
        assertThat(erin.managerId()).isEqualTo("mona");
        assertThat(erin.businessUnit()).isEqualTo("ENG");
        assertThat(erin.timeZone()).isEqualTo("Europe/Stockholm");
        // the service's own projection learns it too, so the access rules know managers here as well
        await().atMost(Duration.ofSeconds(60)).until(() -> projection.isManagerOf("mona", "erin"));

        mvc.perform(post("/api/employees/import").with(LARS).contentType("text/csv")
                        .content(ORG.replace("Account Executive", "Senior Account Executive")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0)).andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(3));
        await().atMost(Duration.ofSeconds(60)).until(() -> upserts("sam").size() == 2);
        assertThat(upserts("erin")).hasSize(1);

        mvc.perform(get("/api/employees/erin").with(TestTokens.as("mona", Role.MANAGER, "ENG")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.managerId").value("mona"));
        mvc.perform(get("/api/employees/erin").with(TestTokens.as("sam", Role.EMPLOYEE, "SALES")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/employees").with(TestTokens.as("mona", Role.MANAGER, "ENG")))
                .andExpect(jsonPath("$.items[*].id", hasItems("mona", "erin")))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    void a_bad_row_rejects_the_whole_file_naming_line_and_field() throws Exception {
        String csv = HEADER
                + "ana,Ana Ruiz,ana@pactum.example,en-GB,Europe/Madrid,ENG,People Analyst,\n"
                + "bob,Bob,not-an-email,en-GB,Europe/Madrid,ENG,Engineer,ana\n"
                + "cid,Cid,cid@pactum.example,en-GB,Nowhere/City,ENG,Engineer,zed\n";
        mvc.perform(post("/api/employees/import").with(LARS).contentType("text/csv").content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("line 3: email", "line 4: timeZone", "line 4: managerId")));
        assertThat(mongo.exists(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("_id").is("ana")), "employees")).isFalse();

        String cycle = HEADER
                + "x1,X1,x1@pactum.example,en-GB,Europe/Madrid,ENG,Engineer,x2\n"
                + "x2,X2,x2@pactum.example,en-GB,Europe/Madrid,ENG,Engineer,x1\n";
        mvc.perform(post("/api/employees/import").with(LARS).contentType("text/csv").content(cycle))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("managerId"));
    }

    @Test
    void the_same_csv_imports_as_a_multipart_file_all_rows_or_none() throws Exception {
        String csv = HEADER
                + "fia,Fia Ek,fia@pactum.example,sv-SE,Europe/Stockholm,SALES,Sales Manager,\n"
                + "gus,Gus Ek,gus@pactum.example,sv-SE,Europe/Stockholm,SALES,Account Executive,fia\n";
        mvc.perform(multipart("/api/employees/import").file(csvFile(csv.replace("gus@pactum.example", "gus-at-pactum")))
                        .with(LARS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("line 3: email")));
        mvc.perform(get("/api/employees/fia").with(LARS)).andExpect(status().isNotFound());

        mvc.perform(multipart("/api/employees/import").file(csvFile(csv)).with(LARS))
                .andExpect(status().isOk()).andExpect(jsonPath("$.created").value(2));
        mvc.perform(get("/api/employees/gus").with(LARS)).andExpect(jsonPath("$.managerId").value("fia"));
        mvc.perform(multipart("/api/employees/import").file(new MockMultipartFile("people", "people.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(LARS))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/employees/import").file(csvFile(csv)).with(TestTokens.as("sven", Role.MANAGER, "SALES")))
                .andExpect(status().isForbidden());
    }

    private static MockMultipartFile csvFile(String csv) {
        return new MockMultipartFile("file", "people.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writes_need_an_ld_admin_of_the_unit_and_a_token() throws Exception {
        String body = """
                {"id":"dan","name":"Dan","email":"dan@pactum.example","locale":"en-GB","timeZone":"Europe/London",
                 "businessUnit":"ENG","jobRole":"Engineer"}""";
        mvc.perform(post("/api/employees").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/employees").with(TestTokens.as("erin", Role.EMPLOYEE, "ENG"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/employees").with(TestTokens.as("lena", Role.LD_ADMIN, "SALES"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("businessUnit"));
        mvc.perform(post("/api/employees").with(LARS).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"en-GB\"", "\"\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("locale")));
        mvc.perform(post("/api/employees").with(LARS).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/employees").with(LARS).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
    }

    private static List<EmployeeUpserted> upserts(String id) {
        return TestTopics.events(Topics.WORKFORCE, EmployeeUpserted.class).stream().filter(e -> e.employeeId().equals(id)).toList();
    }
}
