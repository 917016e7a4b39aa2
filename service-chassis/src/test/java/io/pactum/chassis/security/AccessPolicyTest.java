package io.pactum.chassis.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import io.pactum.chassis.testing.TestInfrastructure;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Object-level access from the workforce projection: self, direct manager, unit roles; otherwise 404. */
class AccessPolicyTest {

    private AccessPolicy policy;

    @BeforeEach
    void directory() {
        MongoTemplate mongo = new MongoTemplate(MongoClients.create(TestInfrastructure.mongoAddress()),
                "access-" + UUID.randomUUID());
        for (WorkforceMember member : List.of(
                member("erin", "ENG", "mona"), member("mona", "ENG", null), member("sam", "SALES", "sven"))) {
            mongo.insert(member, WorkforceDirectory.COLLECTION);
        }
        policy = new AccessPolicy(new WorkforceDirectory(mongo));
    }

    @Test
    void an_employee_sees_their_own_records_only() {
        assertThat(policy.canSee(caller("erin", Role.EMPLOYEE), "erin")).isTrue();
        assertThat(policy.canSee(caller("erin", Role.EMPLOYEE), "sam")).isFalse();
        assertThat(policy.canSee(caller("erin", Role.EMPLOYEE), "mona")).isFalse();
    }

    @Test
    void a_manager_sees_direct_reports_but_not_others() {
        assertThat(policy.canSee(caller("mona", Role.MANAGER), "erin")).isTrue();
        assertThat(policy.canSee(caller("mona", Role.MANAGER), "sam")).isFalse();
        // being named manager is not enough without the MANAGER role
        assertThat(policy.canSee(caller("mona", Role.EMPLOYEE), "erin")).isFalse();
    }

    @Test
    void unit_roles_see_their_business_units_only() {
        Caller lars = Caller.of("lars", List.of(Role.LD_ADMIN), List.of("ENG"));
        assertThat(policy.canSee(lars, "erin")).isTrue();
        assertThat(policy.canSee(lars, "sam")).isFalse();
        Caller fiona = Caller.of("fiona", List.of(Role.FINANCE), List.of("ENG", "SALES"));
        assertThat(policy.canSee(fiona, "sam")).isTrue();
        Caller employeeWithUnits = Caller.of("eve", List.of(Role.EMPLOYEE), List.of("ENG"));
        assertThat(policy.canSee(employeeWithUnits, "erin")).isFalse();
    }

    @Test
    void what_one_may_not_see_is_not_found() {
        assertThatThrownBy(() -> policy.requireVisible(caller("sam", Role.EMPLOYEE), "erin", "Budget"))
                .isInstanceOf(NotFoundException.class).hasMessage("Budget not found");
        assertThat(policy.canSee(caller("mona", Role.MANAGER), "nobody")).isFalse();
    }

    private static Caller caller(String id, Role role) {
        return Caller.of(id, List.of(role), List.of());
    }

    private static WorkforceMember member(String id, String unit, String manager) {
        return new WorkforceMember(id, id, id + "@pactum.example", "en-GB", "Europe/Stockholm", unit, "Engineer",
                manager, true, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
