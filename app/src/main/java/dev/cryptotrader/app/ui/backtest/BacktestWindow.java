package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.domain.SeriesKey;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * The backtest panel in a window of its own beside the main one (not modal: it can sit on a second screen while the
 * chart stays usable, and a long sweep does not block anything). Opening it again brings it to the front with the
 * main chart's series selected; closing only hides it, so results and pinned runs stay. Esc cancels a running job,
 * and closes the window when none runs.
 */
public final class BacktestWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 800;

    private final BacktestViewModel model;
    private final BacktestView view;
    private final List<String> stylesheets;
    private Stage stage;

    /** {@code stylesheets}: the main window's (chart, app); the panel adds its own after them. */
    public BacktestWindow(BacktestViewModel model, List<String> stylesheets, ExportChooser chooser) {
        this.model = model;
        this.view = new BacktestView(model, chooser);
        List<String> all = new ArrayList<>(stylesheets);
        all.addAll(BacktestView.stylesheets());
        this.stylesheets = List.copyOf(all);
    }

    public BacktestWindow(BacktestViewModel model, List<String> stylesheets) {
        this(model, stylesheets, ExportChooser.fileChooser());
    }

    /** Shows the window over {@code owner} with {@code onChart} (may be null) selected; call on the FX thread. */
    public void show(Window owner, SeriesKey onChart) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Backtest · cryptotrader");
            Scene scene = new Scene(view.root(), WIDTH, HEIGHT);
            scene.getStylesheets().setAll(stylesheets);
            view.installKeys(scene);
            scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE && !model.runningProperty().get()) {
                    stage.hide();
                }
            });
            stage.setScene(scene);
        }
        if (onChart != null) {
            model.selectSeries(onChart);
        }
        model.load(); // the series list may have grown since the last time
        stage.show();
        stage.toFront();
        view.focusForm();
    }

    /** Hides the window and cancels a running job. */
    public void close() {
        model.cancel();
        if (stage != null) {
            stage.hide();
        }
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public BacktestView view() {
        return view;
    }

    public BacktestViewModel model() {
        return model;
    }
}
