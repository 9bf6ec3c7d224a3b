package dev.accord.app.api;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.accord.app.database.ConnectionFailures;
import dev.accord.domain.shared.ConflictException;
import dev.accord.domain.shared.InvalidInputException;
import dev.accord.domain.shared.NotPermittedException;
import java.time.Instant;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/**
 * Every refusal of the API is an RFC 7807 problem that says what was wrong and, for bad input, which field
 * ("field": "requestedBudget.amount"). Spring MVC's own errors (unknown route, wrong method) are problems too.
 */
@RestControllerAdvice(basePackages = "dev.accord.app")
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return badInput(e.field(), e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(e) instanceof BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()));
        }
        String field = e.getCause() instanceof JsonMappingException mapping
                        && !mapping.getPath().isEmpty()
                ? path(mapping)
                : null;
        if (NestedExceptionUtils.getMostSpecificCause(e) instanceof StreamConstraintsException limit) {
            // A text, a number or nesting beyond JsonLimits, found while reading: the parse stopped there.
            return ResponseEntity.badRequest()
                    .body(badInput(
                            field == null ? "body" : field,
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
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException mismatch
                ? mismatch.getName()
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

    @ExceptionHandler({
        NotFoundException.class,
        AggregateNotFoundException.class,
        dev.accord.domain.shared.NotFoundException.class
    })
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /**
     * Whatever else went wrong is a problem too. Left to the servlet container, the failure went to its error page,
     * which the browser UI's servlet answers with 200 and the application's HTML: a client took a command the database
     * never stored for done. When the database could not be reached (a restart, a broken connection) the answer is
     * 503 with Retry-After, and says that the command may or may not have been recorded (the connection can break
     * between the commit and its acknowledgement); anything else is 500.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse
                || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // Spring MVC's and Spring Security's own answers
        }
        if (ConnectionFailures.isConnectionFailure(e)) {
            log.warn(
                    "The database could not be reached while handling {}: {}",
                    request.getDescription(false),
                    e.toString());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Accord lost its connection to the database while handling this request. A command may or may "
                            + "not have been recorded: look before sending it again.");
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .body(problem);
        }
        log.error("Failed to handle {}", request.getDescription(false), e);
        return ResponseEntity.internalServerError()
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.INTERNAL_SERVER_ERROR, "Accord could not handle this request; its log says why."));
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
                        ? reference.getFieldName()
                        : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
    }
}
