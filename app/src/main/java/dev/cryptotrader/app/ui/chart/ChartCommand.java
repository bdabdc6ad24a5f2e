package dev.cryptotrader.app.ui.chart;

import javafx.scene.input.KeyCombination;

import java.util.List;
import java.util.Objects;

/**
 * One thing the chart can do from the keyboard: a stable id (what the user config rebinds, e.g.
 * {@code "drawing.trend-line"}), what the shortcut sheet says, the group it is listed under and its keys (none, one or
 * several: keypad and top-row digits, say).
 */
public record ChartCommand(String id, String title, String group, List<KeyCombination> keys, Runnable action) {

    public ChartCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(group, "group");
        keys = List.copyOf(keys);
        Objects.requireNonNull(action, "action");
    }

    public static ChartCommand of(String id, String title, String group, Runnable action, KeyCombination... keys) {
        return new ChartCommand(id, title, group, List.of(keys), action);
    }

    /** The same command on other keys (a rebinding from the user config). */
    public ChartCommand withKeys(List<KeyCombination> newKeys) {
        return new ChartCommand(id, title, group, newKeys, action);
    }

    /** The keys as the shortcut sheet shows them, e.g. "Alt+T" or "1 / Numpad 1". */
    public String keysText() {
        return keys.isEmpty() ? "—" : String.join(" / ", keys.stream().map(KeyCombination::getDisplayText).toList());
    }
}
