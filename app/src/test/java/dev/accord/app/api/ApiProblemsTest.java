package dev.accord.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * A failure the API did not foresee is still a problem, never the error page (which the browser UI's servlet answered
 * with 200 and HTML, so a client took a command the database never stored for done).
 */
class ApiProblemsTest {

    private final ApiProblems problems = new ApiProblems();
    private final ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest("POST", "/api/x"));

    @Test
    void aBrokenDatabaseConnectionIsAServiceUnavailableProblemThatSaysTheCommandIsInDoubt() throws Exception {
        Exception broken = new IllegalStateException(
                "append failed",
                new BatchUpdateException("I/O error while sending to the backend", "08006", new int[0]));

        ResponseEntity<Object> answer = problems.unexpected(broken, request);

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(((ProblemDetail) answer.getBody()).getDetail()).contains("may or may not have been recorded");
    }

    @Test
    void aConnectionClosedUnderTheCommandIsAServiceUnavailableProblemToo() throws Exception {
        Exception closed = new IllegalStateException(
                "Failed to create a SQL statement", new java.sql.SQLException("Connection is closed"));

        assertThat(problems.unexpected(closed, request).getStatusCode().value()).isEqualTo(503);
    }

    @Test
    void anythingElseIsAnInternalErrorProblem() throws Exception {
        ResponseEntity<Object> answer = problems.unexpected(new IllegalStateException("bug"), request);

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody()).isInstanceOf(ProblemDetail.class);
    }
}
