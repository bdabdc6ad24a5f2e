package dev.cryptotrader.app.ui.ops;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The jobs panel in its own window beside the main one (not modal: one keeps charting while jobs run). Opening it
 * again brings it to the front. It refreshes only while shown; Esc closes it.
 */
public final class JobsWindow {

    static final double WIDTH = 1040;
    static final double HEIGHT = 560;

    private final JobsPanelView panel;
    private Stage stage; // FX thread only

    public JobsWindow(JobsViewModel model) {
        this.panel = new JobsPanelView(model);
    }

    /** Shows the window over {@code owner}, whose stylesheets it takes; call on the FX thread. */
    public void show(Window owner) {
        if (stage == null) {
            stage = create(owner);
        }
        stage.show();
        stage.toFront();
    }

    private Stage create(Window owner) {
        Stage s = new Stage();
        s.initOwner(owner);
        s.setTitle("Jobs · cryptotrader");
        Scene scene = new Scene(panel.node(), WIDTH, HEIGHT);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                s.hide();
            }
        });
        s.setScene(scene);
        s.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> panel.start());
        s.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> panel.stop());
        return s;
    }

    /** Hides the window (which stops its refreshes); nothing if it was never shown. */
    public void close() {
        if (stage != null) {
            stage.hide();
        }
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    public JobsPanelView panel() {
        return panel;
    }
}
