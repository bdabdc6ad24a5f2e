package dev.cryptotrader.app.ui.mtf;

import dev.cryptotrader.trading.domain.SeriesKey;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * The multi-timeframe view in a window of its own beside the main one (it can go to a second screen). Opening it
 * again shows the symbol asked for in the same window. Esc closes it.
 */
public final class MtfWindow {

    public static final double WIDTH = 1280;
    public static final double HEIGHT = 760;

    private final MtfViewModel model;
    private final MtfView view;
    private final List<String> stylesheets;
    private Stage stage;

    /** {@code stylesheets}: the main window's (chart, app, crosshair), so the view looks the same. */
    public MtfWindow(MtfViewModel model, List<String> stylesheets) {
        this.model = model;
        this.view = new MtfView(model);
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** Shows {@code series}' symbol with its own timeframe and context above it, in two panes. */
    public void show(Window owner, SeriesKey series) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            Scene scene = new Scene((javafx.scene.Parent) view.node(), WIDTH, HEIGHT);
            scene.getStylesheets().setAll(stylesheets);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    stage.close();
                    e.consume();
                }
            });
            stage.setScene(scene);
        }
        SeriesKey current = model.symbolProperty().get();
        if (current == null || !current.equals(series)) {
            model.open(series, model.panes().isEmpty() ? 2 : model.panes().size());
        }
        stage.setTitle(series.instrument().symbol() + " · multi-timeframe · cryptotrader");
        stage.show();
        stage.toFront();
        view.focus();
    }

    public void close() {
        if (stage != null) {
            stage.close();
        }
    }

    public MtfView view() {
        return view;
    }
}
