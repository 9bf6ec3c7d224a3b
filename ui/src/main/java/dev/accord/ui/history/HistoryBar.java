package dev.accord.ui.history;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import dev.accord.domain.history.api.FindProjectAsOf;
import dev.accord.domain.history.api.FindProjectAtStep;
import dev.accord.domain.history.api.ProjectAtStep;
import dev.accord.domain.project.api.ProjectDetail;
import dev.accord.ui.base.Formats;
import dev.accord.ui.base.Refusals;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Looks at a project's past: as it stood at a chosen moment, or step by step through its history (play, pause,
 * step back and forward, speed). Every state shown is folded from the project's events on the server; the bar only
 * chooses which moment and tells the page what to show.
 */
public class HistoryBar extends HorizontalLayout {

    /** What the page shows for the moment chosen here. */
    public interface Page {
        void showPast(ProjectDetail project, long step, String caption);

        void showToday();
    }

    /** Replay speeds: steps per second. */
    private static final List<Double> SPEEDS = List.of(0.5, 1.0, 2.0, 4.0);

    private final QueryGateway queries;
    private final UUID projectId;
    private final Page page;
    private final DateTimePicker asOf = new DateTimePicker("As of (" + zone().getId() + ")");
    private final Button back = new Button(VaadinIcon.STEP_BACKWARD.create());
    private final Button play = new Button(VaadinIcon.PLAY.create());
    private final Button forward = new Button(VaadinIcon.STEP_FORWARD.create());
    private final Select<Double> speed = new Select<>();
    private final Button today = new Button("Back to today", VaadinIcon.ARROW_FORWARD.create());
    private final Span position = new Span();
    private Long step;
    private long lastStep;
    private UI ui;
    private ScheduledExecutorService clock;
    private ScheduledFuture<?> playing;
    private boolean choosingAsOf;

    public HistoryBar(QueryGateway queries, UUID projectId, Page page) {
        this.queries = queries;
        this.projectId = projectId;
        this.page = page;
        setId("history-bar");
        setWrap(true);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        asOf.setId("as-of");
        asOf.setStep(java.time.Duration.ofMinutes(1));
        asOf.setHelperText("See the project as it stood then");
        asOf.addValueChangeListener(change -> {
            if (!choosingAsOf && change.getValue() != null) {
                showAsOf(change.getValue().atZone(zone()).toInstant());
            }
        });
        back.setId("replay-back");
        back.setAriaLabel("Step back");
        back.setTooltipText("Step back");
        back.addClickListener(click -> stepBy(-1));
        play.setId("replay-play");
        play.setAriaLabel("Play the history");
        play.setTooltipText("Play the history step by step");
        play.addClickListener(click -> togglePlay());
        forward.setId("replay-forward");
        forward.setAriaLabel("Step forward");
        forward.setTooltipText("Step forward");
        forward.addClickListener(click -> stepBy(1));
        forward.addClickShortcut(Key.ARROW_RIGHT).listenOn(this);
        back.addClickShortcut(Key.ARROW_LEFT).listenOn(this);
        speed.setId("replay-speed");
        speed.setLabel("Speed");
        speed.setItems(SPEEDS);
        speed.setItemLabelGenerator(s -> (s == 0.5 ? "½" : String.valueOf(s.intValue())) + " step/s");
        speed.setValue(1.0);
        speed.addValueChangeListener(change -> {
            if (playing != null) {
                pause();
                play();
            }
        });
        today.setId("back-to-today");
        today.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        today.addClickListener(click -> backToToday());
        today.setVisible(false);
        position.setId("replay-position");
        position.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(asOf, back, play, forward, speed, today, position);
    }

    /** Show the project just after this step, e.g. when someone clicks its timeline entry. */
    public void goToStep(long sequence) {
        queries.query(new FindProjectAtStep(projectId, sequence), ResponseTypes.optionalInstanceOf(ProjectAtStep.class))
                .join()
                .ifPresent(this::show);
    }

    private void stepBy(int delta) {
        // From today, stepping back shows the latest step: asking for the step after the last gives the last one.
        long next = step == null ? (delta > 0 ? 0 : Long.MAX_VALUE) : step + delta;
        if (next < 0 || step != null && next > lastStep) {
            pause();
            return;
        }
        goToStep(next);
    }

    private void show(ProjectAtStep at) {
        step = at.sequence();
        lastStep = at.lastSequence();
        String when = Formats.instant(at.recordedAt(), locale());
        position.setText("Step " + (at.sequence() + 1) + " of " + (at.lastSequence() + 1) + " \u00b7 recorded " + when);
        choosingAsOf = true;
        asOf.setValue(LocalDateTime.ofInstant(at.recordedAt(), zone()));
        choosingAsOf = false;
        today.setVisible(true);
        page.showPast(
                at.project(), at.sequence(), "As it stood after step " + (at.sequence() + 1) + ", recorded " + when);
        if (at.sequence() >= at.lastSequence()) {
            pause();
        }
    }

    private void showAsOf(Instant instant) {
        pause();
        Optional<ProjectDetail> then = queries.query(
                        new FindProjectAsOf(projectId, instant), ResponseTypes.optionalInstanceOf(ProjectDetail.class))
                .join();
        if (then.isEmpty()) {
            Refusals.show("The project had not been proposed yet at " + Formats.instant(instant, locale()) + ".");
            return;
        }
        step = null;
        position.setText("");
        today.setVisible(true);
        page.showPast(then.get(), -1, "As it stood at " + Formats.instant(instant, locale()) + " (recorded time)");
    }

    private void backToToday() {
        pause();
        step = null;
        choosingAsOf = true;
        asOf.clear();
        choosingAsOf = false;
        position.setText("");
        today.setVisible(false);
        page.showToday();
    }

    private void togglePlay() {
        if (playing == null) {
            play();
        } else {
            pause();
        }
    }

    private void play() {
        if (step == null || step >= lastStep) {
            goToStep(0);
        }
        long every = Math.round(1000 / speed.getValue());
        playing = clock().scheduleAtFixedRate(() -> ui.access(() -> stepBy(1)), every, every, TimeUnit.MILLISECONDS);
        play.setIcon(VaadinIcon.PAUSE.create());
        play.setAriaLabel("Pause");
    }

    private void pause() {
        if (playing != null) {
            playing.cancel(false);
            playing = null;
        }
        play.setIcon(VaadinIcon.PLAY.create());
        play.setAriaLabel("Play the history");
    }

    private ScheduledExecutorService clock() {
        if (clock == null) {
            clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "replay-" + projectId);
                thread.setDaemon(true);
                return thread;
            });
        }
        return clock;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        ui = attachEvent.getUI();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        pause();
        if (clock != null) {
            clock.shutdownNow();
            clock = null;
        }
    }

    /** The zone the ledger's times are shown in everywhere (see {@link Formats#instant}). */
    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    private Locale locale() {
        return getLocale() == null ? Locale.getDefault() : getLocale();
    }
}
