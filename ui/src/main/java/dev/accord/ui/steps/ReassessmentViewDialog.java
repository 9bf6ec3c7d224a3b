package dev.accord.ui.steps;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.domain.project.api.ReassessmentOutcome;
import dev.accord.domain.project.api.SubmitReassessmentView;
import dev.accord.domain.shared.Actor;
import dev.accord.ui.base.CurrentUser;
import dev.accord.ui.base.Formats;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Your side's view at a reassessment: plan against actuals in your words, the four questions again, a
 * recommendation.
 */
public class ReassessmentViewDialog extends CommandDialog {

    private final UUID projectId;
    private final UUID reassessmentId;
    private final TextArea view = new TextArea("How your side sees plan against actuals");
    private final RadioButtonGroup<ReassessmentOutcome> recommendation = new RadioButtonGroup<>("We recommend");
    private final FourQuestions questions = new FourQuestions("again-");
    private final Map<String, HasValidation> fields = new HashMap<>();

    public ReassessmentViewDialog(ProjectDetail project, CommandGateway commands, CurrentUser currentUser) {
        super(
                "Your side's view at the reassessment",
                "Give our view",
                "reassessment-view-submit",
                commands,
                currentUser);
        this.projectId = project.id();
        this.reassessmentId = project.openReassessmentId();
        view.setId("reassessment-view");
        view.setWidthFull();
        recommendation.setId("reassessment-recommendation");
        recommendation.setItems(ReassessmentOutcome.values());
        recommendation.setItemLabelGenerator(Formats::words);
        fields.put("view", view);
        fields.put("recommendation", recommendation);
        add(new Paragraph(project.openReassessmentReason()), view, recommendation);
        questions.addFieldsTo(fields);
        add(questions);
    }

    @Override
    Object command(Actor actor) {
        return new SubmitReassessmentView(
                projectId, reassessmentId, view.getValue(), questions.answers(), recommendation.getValue(), actor);
    }

    @Override
    Map<String, HasValidation> fields() {
        return fields;
    }

    @Override
    String doneMessage() {
        return "Your side's view is recorded";
    }
}
