package io.pactum.analytics.application;

import io.pactum.analytics.domain.Benefit;
import io.pactum.analytics.domain.ContractFacts;
import io.pactum.analytics.domain.Kirkpatrick;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.events.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * L&D records the benefit of a program (a contract template) or of one contract. Only an LD_ADMIN of the
 * program's or contract's unit may; one who cannot see it gets 404. The benefit is in the contract's currency.
 */
public class BenefitRegister {

    private static final String CONTRACT_PROGRAM = "contract:";

    private final ReadModelStore store;
    private final BenefitStore benefits;
    private final Generations generations;
    private final Clock clock;

    public BenefitRegister(ReadModelStore store, BenefitStore benefits, Generations generations, Clock clock) {
        this.store = store;
        this.benefits = benefits;
        this.generations = generations;
        this.clock = clock;
    }

    /** A benefit to record, its amounts and percentages already checked for shape. */
    public record NewBenefit(String programId, String contractId, Money annualBenefit, BigDecimal isolationPercent,
                             BigDecimal confidencePercent, Kirkpatrick kirkpatrick, String note, Integer fiscalYear) {
    }

    public Benefit record(Caller caller, NewBenefit request) {
        if (!caller.has(Role.LD_ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("Only L&D admins record benefits.");
        }
        String contractId = request.contractId();
        String programId = request.programId();
        if (programId != null && programId.startsWith(CONTRACT_PROGRAM)) {
            if (contractId != null) {
                throw new InvalidFieldException("contractId", "give either programId or contractId, not both");
            }
            contractId = programId.substring(CONTRACT_PROGRAM.length());
            programId = null;
        }
        if ((programId == null) == (contractId == null)) {
            throw new InvalidFieldException("programId", "give either programId or contractId");
        }
        int generation = generations.active();
        String businessUnit;
        int fiscalYear;
        if (contractId != null) {
            ContractFacts contract = store.contracts(generation, List.of(contractId)).stream().findFirst()
                    .filter(c -> c.businessUnit() != null && caller.actsFor(c.businessUnit(), Role.LD_ADMIN))
                    .orElseThrow(() -> new NotFoundException("contract not found"));
            businessUnit = contract.businessUnit();
            fiscalYear = contract.fiscalYear();
            if (request.fiscalYear() != null && request.fiscalYear() != fiscalYear) {
                throw new InvalidFieldException("fiscalYear", "must be the contract's fiscal year, " + fiscalYear);
            }
            if (contract.currency() != null && !contract.currency().equals(request.annualBenefit().currency())) {
                throw new InvalidFieldException("annualBenefit.currency", "must be the contract's currency, " + contract.currency());
            }
        } else {
            ReadModelStore.Template template = store.templates(generation, List.of(programId)).get(programId);
            if (template == null || template.businessUnit() == null || !caller.actsFor(template.businessUnit(), Role.LD_ADMIN)) {
                throw new NotFoundException("program not found");
            }
            businessUnit = template.businessUnit();
            fiscalYear = request.fiscalYear() != null ? request.fiscalYear() : Year.now(clock).getValue();
        }
        Benefit benefit = new Benefit(UUID.randomUUID().toString(), programId, contractId, businessUnit, fiscalYear,
                request.annualBenefit(), request.isolationPercent(), request.confidencePercent(),
                request.kirkpatrick() == null ? Kirkpatrick.NONE : request.kirkpatrick(), request.note(), caller.id(),
                Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        benefits.save(benefit);
        return benefit;
    }
}
