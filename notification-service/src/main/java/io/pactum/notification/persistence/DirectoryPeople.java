package io.pactum.notification.persistence;

import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.chassis.workforce.WorkforceMember;
import io.pactum.notification.NotificationSettings;
import io.pactum.notification.domain.People;
import io.pactum.notification.domain.Person;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Recipients from the chassis's workforce projection (active people only). The projection carries no
 * roles, so the L&D admins of each business unit come from configuration.
 */
@Component
class DirectoryPeople implements People {

    private final WorkforceDirectory directory;
    private final NotificationSettings settings;

    DirectoryPeople(WorkforceDirectory directory, NotificationSettings settings) {
        this.directory = directory;
        this.settings = settings;
    }

    @Override
    public Optional<Person> find(String id) {
        return directory.find(id).filter(WorkforceMember::active).map(m -> new Person(m.employeeId(), m.name(), m.email(),
                m.locale(), m.timeZone(), m.businessUnit(), m.managerId()));
    }

    @Override
    public List<String> learningAdminsOf(String businessUnit) {
        return businessUnit == null ? List.of() : settings.learningAdmins().getOrDefault(businessUnit, List.of());
    }
}
