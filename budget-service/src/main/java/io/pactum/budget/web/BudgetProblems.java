package io.pactum.budget.web;

import io.pactum.budget.domain.BudgetRuleException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A budget rule the account's state does not allow (a cut below what is committed, an invoice booked twice): 409. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BudgetProblems {

    @ExceptionHandler(BudgetRuleException.class)
    ProblemDetail rule(BudgetRuleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Budget rule");
        return problem;
    }
}
