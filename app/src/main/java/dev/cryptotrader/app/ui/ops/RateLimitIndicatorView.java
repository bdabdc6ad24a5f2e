package dev.cryptotrader.app.ui.ops;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.Duration;

/**
 * The status bar's rate-limit indicator: "API 12%" and a small bar for the fullest budget, coloured by the
 * pseudo-classes {@code :ok}, {@code :warning} (≥70%) and {@code :critical} (≥90%); hovering lists every budget.
 * Polls the hub once a second between {@link #start()} and {@link #stop()}.
 */
public final class RateLimitIndicatorView {

    static final Duration POLL_EVERY = Duration.seconds(1);

    private final RateLimitViewModel model;
    private final Label text = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final HBox root = new HBox(6, text, bar);
    private final Tooltip tooltip = new Tooltip();
    private final FxPolling polling;

    public RateLimitIndicatorView(RateLimitViewModel model) {
        this.model = model;
        root.setId("rate-limit-indicator");
        root.getStyleClass().add("rate-limit-indicator");
        root.setAlignment(Pos.CENTER_LEFT);
        text.setId("rate-limit-text");
        text.getStyleClass().add("rate-limit-text");
        bar.setId("rate-limit-bar");
        bar.getStyleClass().add("small");
        bar.setPrefWidth(44);
        tooltip.setId("rate-limit-tooltip");
        tooltip.getStyleClass().add("rate-limit-tooltip");
        tooltip.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setShowDuration(Duration.INDEFINITE);
        Tooltip.install(root, tooltip);
        model.summaryProperty().addListener((obs, old, summary) -> show());
        model.problemProperty().addListener((obs, old, problem) -> show());
        show();
        polling = new FxPolling(POLL_EVERY, model::poll);
    }

    private void show() {
        RateLimitSummary summary = model.summary();
        text.setText(summary.text());
        bar.setProgress(summary.fraction());
        LevelStyle.apply(root, summary.level());
        tooltip.setGraphic(BudgetTable.of(summary, model.problemProperty().get()));
        root.setAccessibleText("API rate limit " + summary.percent() + "%. " + summary.headline());
    }

    /** Starts polling (at once, then every second); call on the FX thread, e.g. once the window is shown. */
    public void start() {
        polling.start();
    }

    /** Stops polling, e.g. when the window closes; a poll in flight still delivers its numbers. */
    public void stop() {
        polling.stop();
    }

    public boolean polling() {
        return polling.running();
    }

    public Node node() {
        return root;
    }

    public Tooltip tooltip() {
        return tooltip;
    }
}
