package io.pactum.contract.web;

import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.chassis.web.ProblemHandler;
import io.pactum.contract.domain.ContractRuleException;
import io.pactum.contract.domain.FieldViolation;
import io.pactum.contract.domain.NotAPartyException;
import io.pactum.contract.domain.UnknownMilestoneException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The contract rules as HTTP problems: a broken rule of state is 409, a non-party 403, bad input 400 by field, an unknown milestone 404. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ContractProblems {

    @ExceptionHandler(ContractRuleException.class)
    ProblemDetail rule(ContractRuleException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(NotAPartyException.class)
    ProblemDetail notAParty(NotAPartyException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(FieldViolation.class)
    ProblemDetail invalid(FieldViolation e) {
        return ProblemHandler.invalid(e.summary(), e.violations().stream()
                .map(v -> new InvalidFieldException.FieldError(v.field(), v.message())).toList());
    }

    @ExceptionHandler(UnknownMilestoneException.class)
    ProblemDetail unknownMilestone(UnknownMilestoneException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }
}
