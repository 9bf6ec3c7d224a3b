package dev.accord.ui.retrospective;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.accord.domain.retrospective.api.ExportFormat;
import dev.accord.domain.retrospective.api.ExportRetrospective;
import dev.accord.domain.retrospective.api.RetrospectiveFile;
import dev.accord.domain.retrospective.api.RetrospectiveSubject;
import java.io.ByteArrayInputStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Download links for the retrospective as CSV and PDF. The file is made when the link is followed, by the same
 * export query the REST API answers with, so a download is always as fresh as the ledger.
 */
class Downloads extends HorizontalLayout {

    Downloads(QueryGateway queries, RetrospectiveSubject subject) {
        add(
                link(queries, subject, ExportFormat.CSV, "Download CSV", VaadinIcon.TABLE),
                link(queries, subject, ExportFormat.PDF, "Download PDF report", VaadinIcon.FILE_TEXT_O));
        setSpacing(true);
    }

    private static Anchor link(
            QueryGateway queries, RetrospectiveSubject subject, ExportFormat format, String label, VaadinIcon icon) {
        Anchor anchor = new Anchor();
        anchor.setHref(
                DownloadHandler.fromInputStream(download -> queries.query(
                                new ExportRetrospective(subject, format),
                                ResponseTypes.optionalInstanceOf(RetrospectiveFile.class))
                        .join()
                        .map(file -> new DownloadResponse(
                                new ByteArrayInputStream(file.content()),
                                file.fileName(),
                                file.mediaType(),
                                file.content().length))
                        .orElseGet(() -> DownloadResponse.error(404))),
                AttachmentType.DOWNLOAD);
        anchor.add(icon.create(), new com.vaadin.flow.component.html.Span(" " + label));
        anchor.setId("download-" + format.extension());
        anchor.getElement().setAttribute("aria-label", label + " of the retrospective");
        // Looks like a Lumo button while staying a real link: keyboard, middle-click and "save as" all work.
        anchor.getStyle()
                .set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("font-weight", "500");
        return anchor;
    }
}
