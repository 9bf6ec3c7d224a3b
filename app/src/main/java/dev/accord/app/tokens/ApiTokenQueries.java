package dev.accord.app.tokens;

import dev.accord.domain.tokens.api.ApiTokenSummary;
import dev.accord.domain.tokens.api.FindApiTokens;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class ApiTokenQueries {

    private final ApiTokenTable tokens;

    ApiTokenQueries(ApiTokenTable tokens) {
        this.tokens = tokens;
    }

    @QueryHandler
    List<ApiTokenSummary> handle(FindApiTokens query) {
        return tokens.working(query.username());
    }
}
