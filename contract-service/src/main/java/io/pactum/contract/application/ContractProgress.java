package io.pactum.contract.application;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.workforce.WorkforceDirectory;
import io.pactum.contract.domain.AssessmentOutcome;
import io.pactum.contract.domain.LearningContract;
import io.pactum.events.contract.ObjectiveResult;
import java.time.Clock;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * An active contract's progress: milestones completed with evidence, check-ins, and the assessment that
 * closes it. Each is one conditional write of the new state and its event, like the negotiation.
 */
@Service
public class ContractProgress {

    private final ContractCommands commands;
    private final WorkforceDirectory workforce;
    private final Clock clock;

    public ContractProgress(ContractCommands commands, WorkforceDirectory workforce, Clock clock) {
        this.commands = commands;
        this.workforce = workforce;
        this.clock = clock;
    }

    public LearningContract completeMilestone(Caller caller, String id, String milestoneId, String evidence, String link) {
        return commands.change(caller, id, ContractCommands.RETRIED_ATTEMPTS,
                contract -> contract.completeMilestone(caller.id(), milestoneId, evidence, link, clock.instant()));
    }

    public LearningContract recordCheckIn(Caller caller, String id, int progress, String notes, List<String> agreedActions) {
        return commands.change(caller, id, ContractCommands.RETRIED_ATTEMPTS,
                contract -> contract.recordCheckIn(caller.id(), progress, notes, agreedActions, clock.instant()));
    }

    /** Only the manager (the one on the contract or the employee's manager now) or L&D of the unit assess. */
    public LearningContract assess(Caller caller, String id, AssessmentOutcome.Result result,
                                   List<ObjectiveResult> results, String notes) {
        return commands.change(caller, id, ContractCommands.RETRIED_ATTEMPTS, contract -> {
            if (!mayAssess(caller, contract)) {
                throw new AccessDeniedException("Only the employee's manager or L&D of the business unit assess a contract.");
            }
            return contract.assess(caller.id(), result, results, notes, clock.instant());
        });
    }

    private boolean mayAssess(Caller caller, LearningContract contract) {
        return caller.id().equals(contract.managerId())
                || workforce.isManagerOf(caller.id(), contract.employeeId())
                || caller.actsFor(contract.businessUnit(), Role.LD_ADMIN);
    }
}
