package dev.accord.ui.actualsimport;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.accord.domain.project.api.ActualsTemplate;
import dev.accord.domain.project.api.FindActualsTemplate;
import dev.accord.domain.project.api.SheetFormat;
import java.io.ByteArrayInputStream;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** A download link for the template, made when followed so that it lists the projects under way now. */
final class TemplateLink {

    private TemplateLink() {}

    static Anchor of(QueryGateway queries, SheetFormat format, String label) {
        Anchor anchor = new Anchor();
        anchor.setHref(
                DownloadHandler.fromInputStream(download -> {
                    ActualsTemplate template = queries.query(
                                    new FindActualsTemplate(format), ResponseTypes.instanceOf(ActualsTemplate.class))
                            .join();
                    return new DownloadResponse(
                            new ByteArrayInputStream(template.content()),
                            template.fileName(),
                            template.mediaType(),
                            template.content().length);
                }),
                AttachmentType.DOWNLOAD);
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(" " + label));
        anchor.setId("template-" + format.extension());
        anchor.getElement().setAttribute("aria-label", "Download the actuals template as " + label);
        return anchor;
    }
}
