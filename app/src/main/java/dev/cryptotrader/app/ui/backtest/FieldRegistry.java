package dev.cryptotrader.app.ui.backtest;

import javafx.css.PseudoClass;
import javafx.scene.control.Control;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The panel's input controls by field id ({@code capital}, {@code param-fast}, {@code sweep-step-slow}), so an error
 * can mark the control it names ({@code :invalid}) and move the focus there. Each control also gets the node id
 * {@code backtest-<field>}.
 */
final class FieldRegistry {

    static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Map<String, Control> fields = new HashMap<>();
    private Control marked;

    <C extends Control> C register(String field, C control) {
        control.setId("backtest-" + field);
        fields.put(field, control);
        return control;
    }

    /** Marks the control of {@code field} (and unmarks the one before); empty when no control has that id. */
    Optional<Control> mark(String field) {
        clear();
        Control c = fields.get(field);
        if (c != null && c.getScene() != null) {
            c.pseudoClassStateChanged(INVALID, true);
            marked = c;
            return Optional.of(c);
        }
        return Optional.empty();
    }

    Optional<Control> get(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    void clear() {
        if (marked != null) {
            marked.pseudoClassStateChanged(INVALID, false);
            marked = null;
        }
    }
}
