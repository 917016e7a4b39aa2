package io.pactum.contract.web;

import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.chassis.web.ProblemHandler;
import io.pactum.contract.domain.ContractRuleException;
import io.pactum.contract.domain.InvalidTermsException;
import io.pactum.contract.domain.NotAPartyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The contract rules as HTTP problems: a broken rule of state is 409, a non-party 403, bad terms 400 by field. */
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

    @ExceptionHandler(InvalidTermsException.class)
    ProblemDetail invalidTerms(InvalidTermsException e) {
        return ProblemHandler.invalid("The contract's terms break its rules.", e.violations().stream()
                .map(v -> new InvalidFieldException.FieldError(v.field(), v.message())).toList());
    }
}
