package dev.cryptotrader.app.ui.chart;

import dev.cryptotrader.trading.domain.Timeframe;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Optional;

/** The chart's keyboard map, kept apart from the view so it can be read (and tested) at a glance. */
final class ChartKeys {

    /** Timeframes on the digit keys 1..8, in order. */
    private static final Timeframe[] DIGITS = Timeframe.values();

    enum Action { PAN_OLDER, PAN_NEWER, ZOOM_IN, ZOOM_OUT, LATEST, TOGGLE_LIVE }

    private ChartKeys() {
    }

    static Optional<Action> action(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (e.getCode()) {
            case LEFT, KP_LEFT -> Action.PAN_OLDER;
            case RIGHT, KP_RIGHT -> Action.PAN_NEWER;
            case PLUS, EQUALS, ADD -> Action.ZOOM_IN;
            case MINUS, SUBTRACT -> Action.ZOOM_OUT;
            case HOME -> Action.LATEST;
            case L -> Action.TOGGLE_LIVE;
            default -> null;
        });
    }

    /** 1..8 (top row or keypad, without modifiers) pick 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w. */
    static Optional<Timeframe> timeframe(KeyEvent e) {
        if (e.isShiftDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return Optional.empty();
        }
        KeyCode code = e.getCode();
        int digit = code.isDigitKey() ? digitOf(code) : -1;
        return digit >= 1 && digit <= DIGITS.length ? Optional.of(DIGITS[digit - 1]) : Optional.empty();
    }

    private static int digitOf(KeyCode code) {
        String name = code.getName(); // "1" or "Numpad 1"
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }
}
