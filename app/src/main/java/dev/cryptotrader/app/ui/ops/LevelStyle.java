package dev.cryptotrader.app.ui.ops;

import dev.cryptotrader.trading.venue.RateLimitUsage.Level;
import javafx.css.PseudoClass;
import javafx.scene.Node;

/** The pseudo-classes {@code :ok}, {@code :warning} and {@code :critical} that colour a budget in the stylesheet. */
final class LevelStyle {

    static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    static final PseudoClass CRITICAL = PseudoClass.getPseudoClass("critical");

    private LevelStyle() {
    }

    static PseudoClass of(Level level) {
        return switch (level) {
            case OK -> OK;
            case WARNING -> WARNING;
            case CRITICAL -> CRITICAL;
        };
    }

    /** Sets exactly the pseudo-class of {@code level} on {@code node}. */
    static void apply(Node node, Level level) {
        for (Level l : Level.values()) {
            node.pseudoClassStateChanged(of(l), l == level);
        }
    }
}
