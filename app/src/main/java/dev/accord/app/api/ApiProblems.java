package dev.accord.app.api;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotPermittedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Every refusal of the API is an RFC 7807 problem that says what was wrong and, for bad input, which field
 * ("field": "requestedBudget.amount"). Spring MVC's own errors (unknown route, wrong method) are problems too.
 */
@RestControllerAdvice(basePackages = "dev.accord.app")
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return badInput(e.field(), e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(e) instanceof BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
        }
        String field = e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? path(mapping) : null;
        if (NestedExceptionUtils.getMostSpecificCause(e) instanceof StreamConstraintsException limit) {
            // A text, a number or nesting beyond JsonLimits, found while reading: the parse stopped there.
            return ResponseEntity.badRequest().body(badInput(field == null ? "body" : field,
                    "Longer or deeper than the API reads: " + limit.getOriginalMessage()));
        }
        ProblemDetail problem = field != null
                ? badInput(field, "This value has the wrong type")
                : badInput("body", "The request body is not valid JSON");
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A path or query value of the wrong type names its parameter: a project id that is not a UUID, an asOf that
     * is not an instant.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : e.getPropertyName() == null ? "path" : e.getPropertyName();
        String detail = e.getRequiredType() == Instant.class
                ? "\u201c" + e.getValue() + "\u201d is not an instant such as 2026-03-31T17:00:00Z"
                : "This value has the wrong type: \u201c" + e.getValue() + "\u201d";
        return ResponseEntity.badRequest().body(badInput(field, detail));
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler({ConflictException.class, ConcurrencyException.class})
    ProblemDetail conflict(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler({NotFoundException.class, AggregateNotFoundException.class,
            dev.accord.domain.shared.NotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    private static ProblemDetail badInput(String field, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid " + field);
        problem.setProperty("field", field);
        return problem;
    }

    /** "requestedBudget.amount" from Jackson's path to the value it could not read. */
    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }
}
