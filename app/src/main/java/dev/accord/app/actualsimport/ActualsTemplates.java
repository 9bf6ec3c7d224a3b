package dev.accord.app.actualsimport;

import dev.accord.domain.project.api.ActualsTemplate;
import dev.accord.domain.project.api.ExpectedBenefit;
import dev.accord.domain.project.api.FindActualsTemplate;
import dev.accord.domain.project.api.FindProjectDetail;
import dev.accord.domain.project.api.FindProjects;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ProjectSummary;
import dev.accord.domain.project.api.SheetFormat;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/**
 * The template to fill in: the columns the import reads, a column for every metric the ROI cases of the projects
 * under way measure, and a row for each of those projects for last month with the spend and benefits left blank.
 * A project is named by its title, or by its id where another project has the same title.
 */
@Component
class ActualsTemplates {

    private final QueryGateway queries;

    ActualsTemplates(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryHandler
    ActualsTemplate handle(FindActualsTemplate query) {
        SheetFormat format = query.format() == null ? SheetFormat.XLSX : query.format();
        TemplateSheet sheet = sheet();
        byte[] content = switch (format) {
            case XLSX -> TemplateFiles.xlsx(sheet);
            case CSV -> TemplateFiles.csv(sheet);
        };
        return new ActualsTemplate("actuals-template." + format.extension(), format.mediaType(), content);
    }

    /** The header and the rows of the template. */
    record TemplateSheet(List<String> header, List<List<String>> rows) {}

    TemplateSheet sheet() {
        List<ProjectSummary> all = queries.query(
                        new FindProjects(), ResponseTypes.multipleInstancesOf(ProjectSummary.class))
                .join();
        Map<String, Long> titles =
                all.stream().collect(Collectors.groupingBy(ProjectSummary::title, Collectors.counting()));
        String lastMonth = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        Set<String> metrics = new LinkedHashSet<>();
        List<ProjectDetail> underWay = all.stream()
                .filter(project -> project.status().isUnderWay())
                .map(project -> queries.query(
                                new FindProjectDetail(project.id()),
                                ResponseTypes.optionalInstanceOf(ProjectDetail.class))
                        .join())
                .flatMap(Optional::stream)
                .toList();
        underWay.stream()
                .filter(project -> project.roiCase() != null)
                .flatMap(project -> project.roiCase().benefits().stream())
                .map(ExpectedBenefit::metric)
                .forEach(metrics::add);
        List<String> header = new ArrayList<>(ActualsColumns.FIXED);
        header.addAll(metrics);
        Function<ProjectDetail, String> name = project ->
                titles.getOrDefault(project.title(), 0L) > 1 ? project.id().toString() : project.title();
        List<List<String>> rows = underWay.stream()
                .map(project -> List.of(name.apply(project), lastMonth))
                .toList();
        return new TemplateSheet(header, rows);
    }
}
