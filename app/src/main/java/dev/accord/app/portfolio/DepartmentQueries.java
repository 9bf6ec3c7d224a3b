package dev.accord.app.portfolio;

import dev.accord.domain.project.api.FindDepartments;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The departments named in proposals of any year, as the portfolio keeps them: the proposal form offers them. */
@Component
class DepartmentQueries {

    private final JdbcClient jdbc;

    DepartmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    List<String> handle(FindDepartments query) {
        return jdbc.sql("""
                        SELECT DISTINCT department FROM portfolio_project WHERE department IS NOT NULL
                        ORDER BY department""").query(String.class).list();
    }
}
