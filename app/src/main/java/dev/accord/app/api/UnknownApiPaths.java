package dev.accord.app.api;

import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under /api/ that no controller serves is a 404 problem, and one asked for in a form it does not give a 406
 * problem. Vaadin leaves /api/** alone
 * (vaadin.exclude-urls), so Spring MVC's resource handler answers such a path; it is no controller of
 * Accord's, which is why {@link ApiProblems} (kept to Accord's own controllers) does not see it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnknownApiPaths {

    /**
     * Asked in a form the path does not give (a client that takes only JSON or problems asking for the public key,
     * which is text): Spring refuses before any controller is chosen, so this advice, not ApiProblems, answers.
     */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        String given =
                e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_ACCEPTABLE,
                given.isEmpty()
                        ? "This path gives none of the forms asked for in Accept"
                        : "This path gives " + given + "; ask for it in Accept");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail notFound(NoResourceFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "The API has nothing at /" + e.getResourcePath());
    }
}
