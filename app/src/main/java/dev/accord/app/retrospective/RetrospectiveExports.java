package dev.accord.app.retrospective;

import dev.accord.domain.retrospective.api.ExportFormat;
import dev.accord.domain.retrospective.api.ExportRetrospective;
import dev.accord.domain.retrospective.api.FindProjectRetrospective;
import dev.accord.domain.retrospective.api.FindYearRetrospective;
import dev.accord.domain.retrospective.api.ProjectRetrospective;
import dev.accord.domain.retrospective.api.RetrospectiveFile;
import dev.accord.domain.retrospective.api.RetrospectiveSubject;
import dev.accord.domain.retrospective.api.YearRetrospective;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Retrospectives as files, for the API's downloads and the UI's download buttons alike. */
@Component
class RetrospectiveExports {

    private final RetrospectiveQueries retrospectives;
    private final Clock clock = Clock.systemUTC();

    RetrospectiveExports(RetrospectiveQueries retrospectives) {
        this.retrospectives = retrospectives;
    }

    @QueryHandler
    Optional<RetrospectiveFile> handle(ExportRetrospective query) {
        Instant now = clock.instant();
        String fileName = "accord-retrospective-" + query.subject().slug() + "."
                + query.format().extension();
        if (query.subject() instanceof RetrospectiveSubject.Project project) {
            return retrospectives
                    .handle(new FindProjectRetrospective(project.projectId()))
                    .map(retrospective -> new RetrospectiveFile(
                            fileName, query.format().mediaType(), render(retrospective, query.format(), now)));
        }
        YearRetrospective year = retrospectives.handle(
                new FindYearRetrospective(((RetrospectiveSubject.Year) query.subject()).fiscalYear()));
        return Optional.of(new RetrospectiveFile(
                fileName,
                query.format().mediaType(),
                query.format() == ExportFormat.CSV ? RetrospectiveCsv.of(year, now) : RetrospectivePdf.of(year, now)));
    }

    private static byte[] render(ProjectRetrospective project, ExportFormat format, Instant now) {
        return format == ExportFormat.CSV ? RetrospectiveCsv.of(project, now) : RetrospectivePdf.of(project, now);
    }
}
