package dev.accord.ui.project;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.accord.domain.shared.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of lines a person builds item by item (the processes a proposal improves, the objectives it serves): type
 * one, add it with the button or Enter, remove any with its own button. Each item is one line of the ledger's
 * ({@link Texts#LINE_MAX_LENGTH}); what is still typed but not added counts too, so nothing typed is lost on submit.
 */
class ListField extends CustomField<List<String>> {

    private final TextField entry = new TextField();
    private final Button add = new Button(VaadinIcon.PLUS.create());
    private final Div items = new Div();
    private final List<String> values = new ArrayList<>();

    /** @param id the field's id; its parts are {@code id-input}, {@code id-add} and {@code id-items} */
    ListField(String label, String id, String placeholder) {
        setLabel(label);
        setId(id);
        entry.setId(id + "-input");
        entry.setPlaceholder(placeholder);
        entry.setMaxLength(Texts.LINE_MAX_LENGTH + 1); // one over, so the rule can say why
        entry.setWidthFull();
        entry.setAriaLabel(label);
        add.setId(id + "-add");
        add.setAriaLabel("Add to " + label.toLowerCase());
        add.addThemeVariants(ButtonVariant.LUMO_ICON);
        add.addClickListener(click -> addTyped());
        // Enter adds the item here, and goes no further: the dialog around would take it as "submit".
        Shortcuts.addShortcutListener(entry, this::addTyped, Key.ENTER)
                .listenOn(entry)
                .setEventPropagationAllowed(false);
        items.setId(id + "-items");
        items.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)");
        HorizontalLayout typing = new HorizontalLayout(entry, add);
        typing.setWidthFull();
        typing.setSpacing(false);
        typing.getStyle().set("gap", "var(--lumo-space-xs)");
        typing.setAlignItems(FlexComponent.Alignment.CENTER);
        Div layout = new Div(typing, items);
        layout.setWidthFull();
        add(layout);
    }

    /** Adds what is typed, if anything, as the next item. */
    void addTyped() {
        String typed = entry.getValue();
        if (typed == null || typed.isBlank()) {
            return;
        }
        values.add(typed.strip());
        entry.clear();
        showItems();
        updateValue();
        entry.focus();
    }

    private void showItems() {
        items.removeAll();
        for (int i = 0; i < values.size(); i++) {
            int index = i;
            Span text = new Span(values.get(i));
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                values.remove(index);
                showItems();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.addClassName("list-item-remove");
            remove.setAriaLabel("Remove " + values.get(i));
            Span item = new Span(text, remove);
            item.addClassName("list-item");
            item.getElement().getThemeList().add("badge contrast pill");
            items.add(item);
        }
    }

    @Override
    protected List<String> generateModelValue() {
        return List.copyOf(values);
    }

    @Override
    protected void setPresentationValue(List<String> newValue) {
        values.clear();
        if (newValue != null) {
            values.addAll(newValue);
        }
        showItems();
    }

    @Override
    public List<String> getEmptyValue() {
        return List.of();
    }
}
