package io.pactum.chassis.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Every error as RFC 9457 {@code application/problem+json}. Validation problems list the offending
 * fields under {@code errors} ({@code [{"field": "...", "message": "..."}]}); unexpected failures answer
 * 500 without any internal detail (the cause goes to the log with the trace id).
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    public static final URI INVALID_REQUEST = URI.create("urn:pactum:problem:invalid-request");

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e) {
        return invalid(e.getMessage(), e.errors());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<InvalidFieldException.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new InvalidFieldException.FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(InvalidFieldException.FieldError::field))
                .toList();
        return invalid("The request has invalid fields.", errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid("The request has invalid fields.",
                List.of(new InvalidFieldException.FieldError(e.getName(), "has an invalid value")));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed by this request.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidFieldException.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new InvalidFieldException.FieldError(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(InvalidFieldException.FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(invalid("The request has invalid fields.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidFieldException.FieldError> errors = new java.util.ArrayList<>();
        for (var result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors bodyErrors) {
                // a validated request body: name its fields, not the parameter
                bodyErrors.getFieldErrors().forEach(f -> errors.add(new InvalidFieldException.FieldError(f.getField(), f.getDefaultMessage())));
            } else {
                result.getResolvableErrors().forEach(err -> errors.add(new InvalidFieldException.FieldError(
                        result.getMethodParameter().getParameterName(), err.getDefaultMessage())));
            }
        }
        errors.sort(Comparator.comparing(InvalidFieldException.FieldError::field));
        return ResponseEntity.badRequest().body(invalid("The request has invalid fields.", errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid("A required parameter is missing.",
                List.of(new InvalidFieldException.FieldError(e.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ResponseEntity.badRequest().body(invalid("The request has an unknown field.",
                    List.of(new InvalidFieldException.FieldError(path(unknown), "is not a known field"))));
        }
        if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(invalid("The request has invalid fields.",
                    List.of(new InvalidFieldException.FieldError(path(databind), "has an invalid value"))));
        }
        return ResponseEntity.badRequest().body(invalid("The request body is missing or is not valid JSON.",
                List.of(new InvalidFieldException.FieldError("body", "is not readable JSON"))));
    }

    /** A 400 problem listing the offending fields. */
    public static ProblemDetail invalid(String detail, List<InvalidFieldException.FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(INVALID_REQUEST);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A JSON path such as {@code activities[0].plannedCost.amount}. */
    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
