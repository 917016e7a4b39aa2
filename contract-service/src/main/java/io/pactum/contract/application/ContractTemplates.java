package io.pactum.contract.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.contract.domain.ContractTemplate;
import io.pactum.events.contract.ContractTemplatePublished;
import io.pactum.contract.domain.ContractTerms;
import io.pactum.contract.domain.LearningContract;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** L&D publishes templates for its business units; anyone signed in reads them and starts a draft from one. */
@Service
public class ContractTemplates {

    /** Where templates live; published templates are only ever inserted. */
    public interface Store {
        /** Stores the template and the event announcing it in one write. */
        void insert(ContractTemplate template, ContractTemplatePublished published);

        Optional<ContractTemplate> find(String id);

        /** Newest first; null: every business unit. */
        List<ContractTemplate> list(String businessUnit);
    }

    private final Store store;
    private final ContractCommands commands;
    private final Clock clock;

    public ContractTemplates(Store store, ContractCommands commands, Clock clock) {
        this.store = store;
        this.commands = commands;
        this.clock = clock;
    }

    /** Publishes the template for the business unit, which the caller must be an LD_ADMIN of (403). */
    public ContractTemplate publish(Caller caller, String businessUnit, String title, String description, String purpose,
                                    List<ContractTerms.Objective> objectives, List<ContractTemplate.Activity> activities,
                                    List<ContractTemplate.Milestone> milestones, ContractTerms.Assessment assessment,
                                    int checkInEveryDays, List<String> resources,
                                    ContractTerms.RepaymentClause repaymentClause) {
        if (!caller.actsFor(businessUnit, Role.LD_ADMIN)) {
            throw new AccessDeniedException("Only an LD_ADMIN of " + businessUnit + " publishes its contract templates.");
        }
        ContractTemplate template = ContractTemplate.publish(UUID.randomUUID().toString(), businessUnit, title,
                description, purpose, objectives, activities, milestones, assessment, checkInEveryDays, resources,
                repaymentClause, caller.id(), clock.instant());
        store.insert(template, template.publishedEvent());
        return template;
    }

    public ContractTemplate get(String id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("contract template " + id + " not found"));
    }

    public List<ContractTemplate> list(String businessUnit) {
        return store.list(businessUnit);
    }

    /** A draft for the employee from the template, its dates counted from {@code start}; the usual draft rules apply. */
    public LearningContract startDraft(Caller caller, String templateId, String employeeId, Integer fiscalYear,
                                       LocalDate start) {
        return commands.draft(caller, employeeId, fiscalYear, get(templateId).termsFrom(start), templateId);
    }
}
