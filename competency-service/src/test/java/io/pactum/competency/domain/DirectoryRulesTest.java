package io.pactum.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectoryRulesTest {

    @Test
    void an_employee_record_names_each_broken_rule() {
        Employee bad = new Employee("Erin!", " ", "erin-at-example", "xx_not_a_tag_!", "Mars/Olympus", "eng", "", "Erin!", true);
        assertThat(bad.violations()).extracting(Employee.Violation::field)
                .containsExactly("id", "name", "email", "locale", "timeZone", "businessUnit", "jobRole", "managerId");
        Employee good = new Employee("erin", "Erin Eriksson", "erin@pactum.example", "sv-SE", "Europe/Stockholm", "ENG",
                "Software Engineer", "mona", true);
        assertThat(good.violations()).isEmpty();
    }

    @Test
    void reporting_lines_without_a_cycle_pass_and_a_cycle_is_named() {
        Map<String, String> forest = new HashMap<>();
        forest.put("erin", "mona");
        forest.put("mona", null);
        forest.put("sam", "sven");
        forest.put("sven", null);
        assertThat(ReportingLines.findCycle(forest)).isEmpty();

        forest.put("mona", "lars");
        forest.put("lars", "erin");
        assertThat(ReportingLines.findCycle(forest)).get().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.ITERABLE).contains("erin", "mona", "lars");
    }

    @Test
    void csv_rows_keep_their_line_numbers_and_quoting() {
        String csv = "id,name,email,locale,timeZone,businessUnit,jobRole,managerId\n"
                + "erin,\"Eriksson, Erin\",erin@pactum.example,en-GB,Europe/Stockholm,ENG,Software Engineer,mona\n"
                + "\n"
                + "mona,Mona Lind,mona@pactum.example,sv-SE,Europe/Stockholm,ENG,\"Engineering \"\"Lead\"\"\",\n"
                + "short,row\n";
        EmployeeCsv.Parsed parsed = EmployeeCsv.parse(csv);
        assertThat(parsed.rows()).extracting(EmployeeCsv.Row::line).containsExactly(2, 4);
        assertThat(parsed.rows().get(0).employee().name()).isEqualTo("Eriksson, Erin");
        assertThat(parsed.rows().get(1).employee().jobRole()).isEqualTo("Engineering \"Lead\"");
        assertThat(parsed.rows().get(1).employee().managerId()).isNull();
        assertThat(parsed.problems()).singleElement().extracting(EmployeeCsv.Problem::line).isEqualTo(5);
        assertThat(EmployeeCsv.parse("id,name\nerin,Erin").problems()).singleElement()
                .extracting(EmployeeCsv.Problem::field).isEqualTo("header");
    }
}
