package dev.cryptotrader.charting.draw;

import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.function.Consumer;

/**
 * The inline field a note's text (or any shape's label) is typed into, placed at the shape on the chart. Enter or
 * leaving the field keeps the text, Esc drops it. Every key stays in the field: typing "1" or "L" here never switches
 * the timeframe or live mode of the chart around it.
 */
final class NoteEditor extends TextField {

    private Consumer<String> onCommit;
    private Runnable onCancel;

    NoteEditor() {
        getStyleClass().add("drawing-text-editor");
        setManaged(false);
        setVisible(false);
        setPromptText("Text, then Enter");
        addEventHandler(KeyEvent.ANY, e -> {
            if (e.getEventType() == KeyEvent.KEY_PRESSED && e.getCode() == KeyCode.ESCAPE) {
                cancel();
            }
            e.consume();
        });
        setOnAction(e -> commit());
        focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && isVisible()) {
                commit();
            }
        });
    }

    /** Shows the field at (x, y) of the layer with {@code text}; calls one of the two callbacks once. */
    void open(double x, double y, String text, Consumer<String> commit, Runnable cancel) {
        onCommit = commit;
        onCancel = cancel;
        setText(text);
        double w = 240;
        double h = prefHeight(-1);
        resizeRelocate(x, y - h, w, h);
        setVisible(true);
        requestFocus();
        selectAll();
    }

    boolean isOpen() {
        return isVisible();
    }

    void commit() {
        Consumer<String> action = onCommit;
        close();
        if (action != null) {
            action.accept(getText() == null ? "" : getText().strip());
        }
    }

    void cancel() {
        Runnable action = onCancel;
        close();
        if (action != null) {
            action.run();
        }
    }

    private void close() {
        onCommit = null;
        onCancel = null;
        setVisible(false);
    }
}
