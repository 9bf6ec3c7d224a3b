package dev.accord.app.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path under /api/ that no controller serves is a 404 problem. Vaadin leaves /api/** alone
 * (vaadin.exclude-urls), so Spring MVC's resource handler answers such a path; it is no controller of
 * Accord's, which is why {@link ApiProblems} (kept to Accord's own controllers) does not see it.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnknownApiPaths {

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail notFound(NoResourceFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "The API has nothing at /" + e.getResourcePath());
    }
}
